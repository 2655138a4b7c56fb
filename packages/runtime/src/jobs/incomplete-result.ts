import { InvalidResponseError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';

/**
 * The error for a job that finished, and was paid for, but whose answer lacks what a helper returns
 * (an output URL, say): an `InvalidResponseError` with the finished body and, as every error after
 * a submit, the job's handle, so the caller can read the job again instead of paying twice.
 */
export function incompleteResult(
  result: { handle: JobHandle; body: unknown },
  message: string,
): InvalidResponseError & { handle: JobHandle } {
  const { handle, body } = result;
  const error = new InvalidResponseError(message, {
    provider: handle.provider,
    operationId: handle.statusOperationId,
    body,
  });
  return Object.assign(error, { handle });
}
