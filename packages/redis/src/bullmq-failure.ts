import {
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  JobCancelledError,
  JobFailedError,
  PermissionDeniedError,
  ValidationError,
} from '@mediagen/runtime';

/**
 * Failures a BullMQ retry cannot mend: the job ended at the provider, the input is refused, or the
 * account cannot pay. A retry of these would only fail again (from the journal, at no charge), so
 * they end the BullMQ job at once. Everything else (a wait that timed out, a lost connection) is
 * retried, and the retry resumes the journaled job.
 */
export function isFinalFailure(error: unknown): boolean {
  return [
    JobFailedError,
    JobCancelledError,
    ValidationError,
    ConfigurationError,
    AuthenticationError,
    PermissionDeniedError,
    InsufficientCreditsError,
  ].some((type) => error instanceof type);
}
