import type { RetryPolicy } from '../provider-metadata.js';

/**
 * Exponential backoff with "equal jitter": half the step is fixed so retries never bunch up at zero,
 * half is random so many clients do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}
