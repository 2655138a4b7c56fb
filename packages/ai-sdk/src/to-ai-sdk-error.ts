import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import {
  AbortError,
  ConfigurationError,
  type JobHandle,
  MediagenError,
  ValidationError,
} from '@mediagen/runtime';

/** What every wrapped error carries in `data`, for code that reads it without the cause. */
export interface MediagenErrorData {
  provider?: string;
  code?: string;
  /** The job, where one was submitted: `wait(handle)` on the provider's client resumes it. */
  handle?: JobHandle;
  /** A paid job may exist: look for it before submitting again. */
  jobMayExist?: boolean;
  creditsRefunded?: number;
}

function dataOf(error: MediagenError): MediagenErrorData {
  const { handle, creditsRefunded } = error as { handle?: JobHandle; creditsRefunded?: number };
  return {
    ...(error.provider ? { provider: error.provider } : {}),
    ...(error.code ? { code: error.code } : {}),
    ...(handle ? { handle } : {}),
    ...(error.jobMayExist || handle ? { jobMayExist: true } : {}),
    ...(creditsRefunded !== undefined ? { creditsRefunded } : {}),
  };
}

/**
 * Our typed error as the AI SDK's, with ours as `cause`:
 * - input refused before sending (`ValidationError` without a status), bad settings: the AI SDK's
 *   `InvalidArgumentError`;
 * - everything after a request went out (HTTP errors, failed or timed-out jobs, lost answers):
 *   `APICallError`, never retryable, because our client already retried what was safe and `ai`'s
 *   own retry would submit a paid job again;
 * - an abort stays our `AbortError` (its name is `AbortError`, as the AI SDK passes aborts on
 *   unwrapped), carrying the job's handle.
 */
export function toAiSdkError(error: unknown): unknown {
  if (!(error instanceof MediagenError) || error instanceof AbortError) return error;
  if (error instanceof ConfigurationError)
    return new InvalidArgumentError({ argument: 'settings', message: error.message, cause: error });
  if (error instanceof ValidationError && error.status === undefined)
    return new InvalidArgumentError({
      // The body field the first issue names (`/duration` → `duration`), as the AI SDK names arguments.
      argument: error.issues[0]?.path.replace(/^\//, '').replaceAll('/', '.') || 'input',
      message: error.message,
      cause: error,
    });
  return new APICallError({
    message: error.message,
    url: error.path ?? error.provider ?? 'mediagen',
    requestBodyValues: undefined,
    ...(error.status !== undefined ? { statusCode: error.status } : {}),
    isRetryable: false,
    data: dataOf(error),
    cause: error,
  });
}

/** Runs `work`, turning what it throws into the AI SDK's error types. */
export async function asAiSdkCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAiSdkError(error);
  }
}
