import { ApiError, ConfigurationError, MediagenError, ValidationError } from '@mediagen/runtime';

/**
 * What the journal does with an entry's first submit that threw (a resumed entry is always kept: an
 * earlier send may have been paid). `discard` only when no job can exist: the request was refused
 * before it was sent, or the provider refused it outright. Otherwise the entry stays:
 * with an idempotency key a retry re-sends the same key (the provider answers with the same job),
 * and without one a retry fails closed, since unknown means paid.
 */
export function afterFailedSubmit(error: unknown, idempotent: boolean): 'discard' | 'keep' {
  if (error instanceof ValidationError || error instanceof ConfigurationError) return 'discard';
  if (idempotent || !(error instanceof MediagenError) || error.jobMayExist) return 'keep';
  const refused =
    error instanceof ApiError &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408;
  return refused ? 'discard' : 'keep';
}
