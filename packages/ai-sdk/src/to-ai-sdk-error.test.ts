import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import {
  AbortError,
  ConfigurationError,
  JobFailedError,
  ServerError,
  SubmitOutcomeUnknownError,
  ValidationError,
} from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { fixtureHandle } from './fixture-handle.js';
import { toAiSdkError } from './to-ai-sdk-error.js';

const handle = fixtureHandle('vydra', 'job_1');

describe('toAiSdkError', () => {
  it('makes input refused before sending an InvalidArgumentError naming the field', () => {
    const refused = new ValidationError('bad', {
      issues: [{ path: '/input/width', message: 'must be a multiple of 32' }],
    });
    const error = toAiSdkError(refused) as InvalidArgumentError;
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('input.width');
    expect(error.cause).toBe(refused);
  });

  it('makes bad settings an InvalidArgumentError about the settings', () => {
    const error = toAiSdkError(new ConfigurationError('no key')) as InvalidArgumentError;
    expect(error.argument).toBe('settings');
  });

  it.each([
    ['a 422 from the API', new ValidationError('422', { status: 422 }), { statusCode: 422 }],
    ['a 5xx', new ServerError('500', { status: 500 }), { statusCode: 500 }],
    [
      "a paid submit's lost answer",
      new SubmitOutcomeUnknownError('lost', { jobMayExist: true }),
      { data: { jobMayExist: true } },
    ],
    [
      'a failed job',
      new JobFailedError('failed', { handle, state: 'failed', creditsRefunded: 150 }),
      { data: { handle, jobMayExist: true, creditsRefunded: 150 } },
    ],
  ])('makes %s a non-retryable APICallError with ours as cause', (_, ours, expected) => {
    const error = toAiSdkError(ours) as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(false);
    expect(error.cause).toBe(ours);
    expect(error).toMatchObject(expected);
  });

  it('passes an abort and anything not ours on as it is', () => {
    const abort = new AbortError('stopped', { handle });
    const other = new TypeError('x');
    expect(toAiSdkError(abort)).toBe(abort);
    expect(toAiSdkError(other)).toBe(other);
  });
});
