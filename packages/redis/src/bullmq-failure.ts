import {
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  JobCancelledError,
  JobFailedError,
  PermissionDeniedError,
  SubmitOutcomeUnknownError,
  ValidationError,
} from '@mediagen/runtime';

/**
 * Failures a BullMQ retry cannot mend: the job ended at the provider, the input is refused, the
 * account cannot pay, or a submit's answer was lost where the provider has no idempotency key (a
 * retry could only fail closed: unknown means paid). A retry of these would only fail again (from
 * the journal, at no charge), so they end the BullMQ job at once. Everything else (a wait that timed
 * out, a lost connection, a lost answer with its idempotency key) is retried, and the retry resumes
 * the journaled job or re-sends the same key.
 */
export function isFinalFailure(error: unknown): boolean {
  if (error instanceof SubmitOutcomeUnknownError) return !error.idempotencyKey;
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
