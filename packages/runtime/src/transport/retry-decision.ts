import type { RetryPolicy } from '../provider-metadata.js';

/** How one attempt ended, as far as retrying is concerned. */
export type AttemptEnd =
  | { status: number; retryAfterMs?: number }
  | { failure: 'not-sent' | 'timeout' | 'lost' };

export interface RetryInput {
  end: AttemptEnd;
  /** 0 for the first attempt. */
  attempt: number;
  policy: RetryPolicy;
  /** Sending it again cannot start a second paid job: unpaid, idempotent method, or keyed. */
  resendable: boolean;
  /** Creates billable work; an operation the spec does not know counts as paid. */
  paid: boolean;
  /** The backoff this attempt would wait without a server hint. */
  backoffMs: number;
  /** Time left before the call's deadline. */
  remainingMs: number;
}

export type RetryDecision =
  | { action: 'retry'; waitMs: number }
  /** A paid request went out and its answer is lost: never re-sent, the job may exist. */
  | { action: 'outcome-unknown' }
  | {
      action: 'fail';
      why: 'not-retryable' | 'out-of-retries' | 'out-of-time' | 'hint-beyond-cap';
      jobMayExist: boolean;
    };

/**
 * The retry decision, pure: whether to try again, after how long, or how to fail. A paid request
 * without an idempotency key is re-sent only when it provably did no work (not sent at all, or a
 * status the provider calls no-work), and a lost answer to one is an unknown outcome.
 */
export function decideRetry(input: RetryInput): RetryDecision {
  const { end, policy, resendable } = input;
  let waitMs = input.backoffMs;
  if ('failure' in end) {
    if (end.failure !== 'not-sent' && !resendable) return { action: 'outcome-unknown' };
  } else {
    const retryable =
      policy.statuses.includes(end.status) &&
      (resendable || policy.noWorkStatuses.includes(end.status));
    if (!retryable) {
      const jobMayExist = input.paid && !resendable && end.status >= 500;
      return { action: 'fail', why: 'not-retryable', jobMayExist };
    }
    if (end.retryAfterMs !== undefined) {
      if (end.retryAfterMs > policy.maxDelayMs) {
        return { action: 'fail', why: 'hint-beyond-cap', jobMayExist: false };
      }
      waitMs = end.retryAfterMs;
    } else if (policy.statusDelayMs?.[end.status] !== undefined) {
      // The provider's own fixed wait for this status (Horacle: 30 s after a 429).
      waitMs = policy.statusDelayMs[end.status]!;
    }
  }
  if (input.attempt >= policy.maxRetries) {
    return { action: 'fail', why: 'out-of-retries', jobMayExist: false };
  }
  if (waitMs >= input.remainingMs)
    return { action: 'fail', why: 'out-of-time', jobMayExist: false };
  return { action: 'retry', waitMs };
}
