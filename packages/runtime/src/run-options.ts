import type { RequestOptions } from './transport.js';
import type { WaitAllOptions } from './wait-each.js';
import type { WaitOptions } from './wait-options.js';

/**
 * Options of a submit-and-wait. `timeoutMs` bounds the wait, as in `wait()`; each submit attempt's
 * own timeout is `requestTimeoutMs`.
 */
export interface RunOptions extends Omit<RequestOptions, 'timeoutMs'>, WaitOptions {
  requestTimeoutMs?: number;
  /** Where one submit starts several jobs, the cap on their status requests. */
  rateLimit?: WaitAllOptions['rateLimit'];
}

const WAIT_KEYS = new Set<string>([
  'signal',
  'timeoutMs',
  'onProgress',
  'cancelOnAbort',
  'schedule',
  'maxPollFailures',
  'rateLimit',
]);

/** Splits run options into the submit's request options and the wait's; both get the signal. */
export function splitRunOptions(options: RunOptions = {}): {
  request: RequestOptions;
  wait: WaitOptions & WaitAllOptions;
} {
  const request: Record<string, unknown> = {};
  const wait: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (key === 'requestTimeoutMs') request.timeoutMs = value;
    else if (WAIT_KEYS.has(key)) wait[key] = value;
    else request[key] = value;
  }
  if (options.signal) request.signal = options.signal;
  return { request, wait };
}
