import { describe, expect, it } from 'vitest';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { stateNote, terminalError } from './wait-outcomes.js';

describe('the failed state in a JobFailedError message', () => {
  it.each([
    ['failed', ''],
    ['FAILED', ''],
    ['failure', ''],
    ['error', ' (error)'],
    ['moderated', ' (moderated)'],
  ])('%s → %j', (state, note) => {
    expect(stateNote(state)).toBe(note);
  });

  it('does not stutter "failed (failed)"', () => {
    const error = terminalError(
      { metadata: fixture, redact: (t: string) => t } as never,
      fixtureHandle('job_1'),
      { state: 'failed', status: 'failed', outputs: [], errorMessage: 'out of memory' },
    );
    expect(error.message).toBe(`Acme job ${fixtureHandle('job_1').id} failed: out of memory`);
  });
});
