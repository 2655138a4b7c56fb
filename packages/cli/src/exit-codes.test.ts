import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  JobCancelledError,
  JobFailedError,
  ServerError,
  SubmitOutcomeUnknownError,
  ValidationError,
  WaitTimeoutError,
} from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT, exitCodeOf } from './exit-codes.js';

const handle = {
  provider: 'p',
  id: 'j',
  operationId: 'o',
  statusOperationId: 's',
  params: {},
  createdAt: '',
};

describe('exitCodeOf', () => {
  it.each([
    [new ValidationError('bad', { issues: [] }), EXIT.invalidInput],
    [new ConfigurationError('insecure base URL'), EXIT.invalidInput],
    [new AuthenticationError('401'), EXIT.auth],
    [new InsufficientCreditsError('402'), EXIT.insufficientCredits],
    [new JobFailedError('failed', { handle }), EXIT.jobFailed],
    [new JobCancelledError('cancelled', { handle }), EXIT.jobCancelled],
    [new WaitTimeoutError('late', { handle }), EXIT.timeout],
    [new AbortError('stopped'), EXIT.interrupted],
    [new SubmitOutcomeUnknownError('lost', { jobMayExist: true }), EXIT.outcomeUnknown],
    [new ServerError('500 on a paid submit', { jobMayExist: true }), EXIT.outcomeUnknown],
    [new ServerError('500'), EXIT.error],
    [new CliError('no', EXIT.notConfirmed), EXIT.notConfirmed],
    [new TypeError('bug'), EXIT.error],
  ])('%s', (error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });

  it('gives every outcome its own code', () => {
    expect(new Set(Object.values(EXIT)).size).toBe(Object.keys(EXIT).length);
  });
});
