import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  type MediagenError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
} from '../errors.js';

/** Poll failures that say nothing about the job: retry them instead of failing the wait. */
export function isTransientPollError(error: unknown): error is MediagenError {
  return (
    error instanceof ConnectionError ||
    error instanceof RequestTimeoutError ||
    error instanceof ServerError ||
    error instanceof RateLimitError ||
    error instanceof InvalidResponseError ||
    (error instanceof ApiError && error.status === 408)
  );
}
