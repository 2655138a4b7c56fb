import { metadata as happyhorse } from '@mediagen/happyhorse';
import { metadata as vydra } from '@mediagen/vydra';
import { describe, expect, it } from 'vitest';
import { operationTarget, operationTargets } from './operation-targets.js';
import { killatamata } from './providers/killatamata.js';

describe('job targets', () => {
  it('are the operations with a status link', () => {
    expect(operationTargets(happyhorse).map((t) => t.name)).toEqual(['createTask']);
    expect(operationTargets(vydra).map((t) => t.name)).toContain('generateWithModel');
    expect(operationTargets(vydra).map((t) => t.name)).not.toContain('getJob');
  });

  it("fill in a required const (HappyHorse's one model) and send no key of their own where none is declared", () => {
    const request = operationTarget(happyhorse, 'createTask').request({ prompt: 'fox' });
    expect(request).toEqual({
      operationId: 'createTask',
      init: { body: { model: 'happyhorse-1.0/video', prompt: 'fox' } },
    });
  });

  it('send path parameters as parameters, the rest as the body', () => {
    const target = operationTarget(vydra, 'generateWithModel');
    expect(target.request({ modelSlug: 'elevenlabs-tts', text: 'Hello' }).init).toEqual({
      body: { text: 'Hello' },
      params: { path: { modelSlug: 'elevenlabs-tts' } },
    });
  });

  it("are Killa Tamata's tasks, each with its idempotency key in the header and the body", () => {
    const target = killatamata.targets().find((t) => t.name === 'audio.speak')!;
    expect(target.operationId).toBe('submitMediaJob');
    expect(Object.keys(target.schema?.properties ?? {})).toContain('text');
    expect(target.request({ text: 'hi' }, 'key-1')).toEqual({
      operationId: 'submitMediaJob',
      init: { body: { task: 'audio.speak', input: { text: 'hi' }, idempotencyKey: 'key-1' } },
      idempotencyKey: 'key-1',
    });
  });
});
