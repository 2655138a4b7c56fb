import {
  ConfigurationError,
  ConnectionError,
  InsufficientCreditsError,
  JobFailedError,
  type JobHandle,
  SubmitOutcomeUnknownError,
  ValidationError,
  WaitTimeoutError,
} from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { isFinalFailure } from './bullmq-failure.js';

const handle: JobHandle = {
  provider: 'p',
  id: 'j',
  operationId: 'submit',
  statusOperationId: 'status',
  params: {},
  createdAt: '2026-01-01T00:00:00Z',
};

describe('isFinalFailure', () => {
  const cases: [string, unknown, boolean][] = [
    ['the job failed', new JobFailedError('failed', { handle }), true],
    ['refused input', new ValidationError('bad'), true],
    ['no key', new ConfigurationError('no key'), true],
    ['no credits', new InsufficientCreditsError('poor', { status: 402 }), true],
    ['the wait timed out: a retry resumes it', new WaitTimeoutError('late', { handle }), false],
    ['a lost connection', new ConnectionError('reset'), false],
    [
      'a lost submit answer without an idempotency key: a retry could only fail closed',
      new SubmitOutcomeUnknownError('?', { jobMayExist: true }),
      true,
    ],
    [
      'a lost submit answer with its idempotency key: a retry re-sends it and gets the job back',
      new SubmitOutcomeUnknownError('?', { jobMayExist: true, idempotencyKey: 'k' }),
      false,
    ],
    [
      'another lost answer with its idempotency key',
      new ConnectionError('reset', { jobMayExist: true, idempotencyKey: 'k' }),
      false,
    ],
    ['anything else', new Error('?'), false],
  ];
  it.each(cases)('%s', (_, error, final) => {
    expect(isFinalFailure(error)).toBe(final);
  });
});
