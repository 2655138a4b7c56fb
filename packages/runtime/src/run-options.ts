import type { RequestOptions } from './transport.js';
import type { WaitAllOptions } from './wait-all.js';
import type { WaitOptions } from './wait-for-job.js';

/**
 * Options of a submit-and-wait. `timeoutMs` bounds the wait, as in `wait()`; each submit attempt's
 * own timeout is `requestTimeoutMs`.
 */
export interface RunOptions extends Omit<RequestOptions, 'timeoutMs'>, WaitOptions {
  requestTimeoutMs?: number;
  /** Where one submit starts several jobs, the cap on their status requests. */
  rateLimit?: WaitAllOptions['rateLimit'];
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Splits run options into the submit's request options and the wait's, sharing the signal. */
export function splitRunOptions(options: RunOptions = {}): {
  request: RequestOptions;
  wait: WaitOptions & WaitAllOptions;
} {
  const {
    signal,
    timeoutMs,
    onProgress,
    cancelOnAbort,
    schedule,
    maxPollFailures,
    rateLimit,
    requestTimeoutMs,
    ...request
  } = options;
  return {
    request: defined({ ...request, signal, timeoutMs: requestTimeoutMs }),
    wait: defined({
      signal,
      timeoutMs,
      onProgress,
      cancelOnAbort,
      schedule,
      maxPollFailures,
      rateLimit,
    }),
  };
}
