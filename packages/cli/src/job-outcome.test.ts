import { JobFailedError, SubmitOutcomeUnknownError, WaitTimeoutError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { decodeHandle } from './handle-token.js';
import { unsettled } from './job-outcome.js';

const handle = {
  provider: 'vydra',
  id: 'job_1',
  operationId: 'o',
  statusOperationId: 's',
  params: {},
  createdAt: '',
};

describe('unsettled', () => {
  it.each([
    [
      new JobFailedError('failed', { handle, state: 'failed', providerMessage: 'no GPU' }),
      'failed',
      5,
    ],
    [new WaitTimeoutError('late', { handle }), 'running', 7],
    [new SubmitOutcomeUnknownError('lost', { jobMayExist: true }), 'error', 9],
  ])('%s', (error, status, exitCode) => {
    const outcome = unsettled(handle, error);
    expect(outcome).toMatchObject({ id: 'job_1', status, error: { exitCode } });
    expect(decodeHandle(outcome.token)).toEqual(handle);
  });
});
