import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  RateLimitError,
  ServerError,
  SubmitOutcomeUnknownError,
  ValidationError,
} from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { afterFailedSubmit } from './after-failed-submit.js';

describe('afterFailedSubmit', () => {
  const cases: [string, unknown, boolean, 'discard' | 'keep'][] = [
    ['refused before sending', new ValidationError('bad', { issues: [] }), false, 'discard'],
    ['misconfigured', new ConfigurationError('no key'), true, 'discard'],
    ['a 400 refusal, no key', new ApiError('bad', { status: 400 }), false, 'discard'],
    [
      'a 429 before any work, no key',
      new RateLimitError('slow', { status: 429 }),
      false,
      'discard',
    ],
    [
      'a 400 refusal with a key: the key is kept',
      new ApiError('bad', { status: 400 }),
      true,
      'keep',
    ],
    ['a 408, no key', new ApiError('late', { status: 408 }), false, 'keep'],
    ['a 5xx, no key', new ServerError('down', { status: 503 }), false, 'keep'],
    ['an answer lost', new SubmitOutcomeUnknownError('lost', { jobMayExist: true }), false, 'keep'],
    [
      'a 4xx that may have made a job',
      new ApiError('odd', { status: 409, jobMayExist: true }),
      false,
      'keep',
    ],
    ['a connection error', new ConnectionError('reset'), false, 'keep'],
    ['something not ours', new Error('?'), false, 'keep'],
  ];
  it.each(cases)('%s', (_, error, idempotent, expected) => {
    expect(afterFailedSubmit(error, idempotent)).toBe(expected);
  });
});
