import type { RequestOptions } from '../transport/transport.js';
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

/**
 * Every option that goes to the wait, by name. Listing them in a record the type checks means a new
 * wait option that is not listed here fails to compile, instead of going to the submit unnoticed.
 */
const WAIT_KEYS = {
  signal: true,
  timeoutMs: true,
  onProgress: true,
  cancelOnAbort: true,
  cancelTimeoutMs: true,
  schedule: true,
  maxPollFailures: true,
  callback: true,
  rateLimit: true,
} as const satisfies Record<keyof (WaitOptions & WaitAllOptions), true>;

const isWaitKey = (key: string): key is keyof typeof WAIT_KEYS => Object.hasOwn(WAIT_KEYS, key);

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
    else if (isWaitKey(key)) wait[key] = value;
    else request[key] = value;
  }
  if (options.signal) request.signal = options.signal;
  return { request, wait };
}
