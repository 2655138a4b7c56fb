import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../errors.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { incompleteResult } from './incomplete-result.js';

describe('incompleteResult', () => {
  it('is an InvalidResponseError with the message, the finished body and the handle', () => {
    const handle = fixtureHandle('job-1');
    const error = incompleteResult({ handle, body: { status: 'done' } }, 'job-1 has no output');
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      message: 'job-1 has no output',
      handle,
      body: { status: 'done' },
      provider: handle.provider,
      operationId: handle.statusOperationId,
    });
  });
});
