/**
 * The `mediagen` exit codes, one per outcome a script may want to branch on. `exitCodeOf` maps the
 * typed errors of `@mediagen/runtime` (and the CLI's own) to them; it is a pure table.
 */
import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  JobCancelledError,
  JobFailedError,
  PermissionDeniedError,
  SubmitOutcomeUnknownError,
  ValidationError,
  WaitTimeoutError,
} from '@mediagen/runtime';

export const EXIT = {
  ok: 0,
  /** Anything else: a server error, a lost connection, a bug. */
  error: 1,
  /** Bad flags, bad input or a bad handle: nothing was sent. */
  invalidInput: 2,
  /** No key, or the key was refused. */
  auth: 3,
  insufficientCredits: 4,
  jobFailed: 5,
  jobCancelled: 6,
  /** The wait gave up; the job goes on and the printed handle resumes it. */
  timeout: 7,
  /** The cost is above `--max-cost`, or the confirmation was declined or impossible: nothing was sent. */
  notConfirmed: 8,
  /** A paid submit went out and its answer was lost: the job may exist (look before you submit again). */
  outcomeUnknown: 9,
  /** Ctrl-C or SIGTERM with jobs still running; the printed handles resume them. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI raises itself, with the exit code it ends the run with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const TABLE: [new (...args: never[]) => Error, ExitCode][] = [
  [ValidationError, EXIT.invalidInput],
  [AuthenticationError, EXIT.auth],
  [PermissionDeniedError, EXIT.auth],
  [InsufficientCreditsError, EXIT.insufficientCredits],
  [JobFailedError, EXIT.jobFailed],
  [JobCancelledError, EXIT.jobCancelled],
  [WaitTimeoutError, EXIT.timeout],
  [AbortError, EXIT.interrupted],
  [SubmitOutcomeUnknownError, EXIT.outcomeUnknown],
  [ConfigurationError, EXIT.invalidInput],
];

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  for (const [type, code] of TABLE) if (error instanceof type) return code;
  if ((error as { jobMayExist?: boolean } | null)?.jobMayExist) return EXIT.outcomeUnknown;
  return EXIT.error;
}
