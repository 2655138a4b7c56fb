import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support/fixture-metadata.js';
import { callbackRefusal } from './callback-refusal.js';

describe('callbackRefusal', () => {
  it.each<[string, typeof fixture.pushes | Record<string, never>, string | undefined, boolean]>([
    ['a job a callback reports', fixture.pushes, 'getJob', false],
    ['a job no push reports', fixture.pushes, 'listJobs', true],
    ['a spec with no pushes', {}, 'getJob', true],
    ['a submit with no status link', fixture.pushes, undefined, true],
  ])('%s', (_name, pushes, statusOperationId, refused) => {
    const refusal = callbackRefusal({ ...fixture, pushes }, statusOperationId);
    expect(refusal !== undefined).toBe(refused);
    if (refusal) expect(refusal.message).toMatch(/wait without \{ callback \}/);
  });
});
