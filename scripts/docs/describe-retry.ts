import type { HttpMethod, OperationMetadata, RateLimit, RetryPolicy } from '@mediagen/runtime';
import { formatDuration } from './format-duration.ts';

/** Methods the runtime may repeat whatever the operation does (HTTP's idempotent methods). */
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set([
  'get',
  'head',
  'put',
  'delete',
  'options',
]);

type Op = Pick<OperationMetadata, 'method' | 'paid' | 'idempotencyHeader'>;

/** Whether a repeat of this request cannot start a second paid job, as the runtime's transport decides. */
export function isResendable(op: Op): boolean {
  return IDEMPOTENT_METHODS.has(op.method) || Boolean(op.idempotencyHeader) || !op.paid;
}

const list = (statuses: readonly number[]) => statuses.join(', ');

/** The provider's backoff for these statuses, in words. */
export function describeBackoff(policy: RetryPolicy, statuses: readonly number[]): string {
  const fixed = Object.entries(policy.statusDelayMs ?? {})
    .filter(([status]) => statuses.includes(Number(status)))
    .map(([status, ms]) => `; a ${status} waits ${formatDuration(ms)}`)
    .join('');
  return (
    `Up to ${policy.maxRetries} retries on ${list(statuses)}, backing off exponentially from ` +
    `${formatDuration(policy.baseDelayMs)} (full jitter) to at most ${formatDuration(policy.maxDelayMs)}${fixed}; ` +
    `a server's retry hint wins, and one beyond ${formatDuration(policy.maxDelayMs)} ends retrying with a rate-limit error`
  );
}

/** The provider's retry advice (`x-mediagen-retry`) as it applies to one operation. */
export function describeRetry(op: Op, policy: RetryPolicy): string {
  if (isResendable(op)) {
    return `${describeBackoff(policy, policy.statuses)}. A timeout or a lost answer is retried too.`;
  }
  const noWork = policy.statuses.filter((s) => policy.noWorkStatuses.includes(s));
  const when =
    noWork.length > 0
      ? `when it was never sent, or on ${list(noWork)}, which the provider answers without doing work (${lowerFirst(describeBackoff(policy, noWork))})`
      : 'when it was never sent';
  return (
    `Paid and not idempotent, so it is re-sent only ${when}. Any other failure after sending, a timeout or lost ` +
    'answer included, is never re-sent: a job may exist, and the error says the outcome is unknown.'
  );
}

/** What makes a repeat of the operation safe, or why it is not. */
export function describeIdempotency(op: Op): string {
  if (op.idempotencyHeader) {
    return (
      `the provider documents the \`${op.idempotencyHeader}\` header. The client sends a fresh key with every ` +
      'call (or the `idempotencyKey` you pass) and keeps it on every retry, so a retry cannot start a second job.'
    );
  }
  if (IDEMPOTENT_METHODS.has(op.method)) {
    return `\`${op.method.toUpperCase()}\` is idempotent: repeating it is safe.`;
  }
  if (!op.paid) return 'no key documented; it creates no billable work, so repeating it is safe.';
  return 'no key documented: a repeat can start and bill a second job, so the client never repeats one it cannot prove did no work.';
}

/** A documented rate limit (`x-mediagen-rate-limit`), or its absence. */
export function describeRateLimit(limit: RateLimit | undefined): string {
  if (!limit) return 'none documented.';
  return (
    `group \`${limit.group}\`, ${limit.requests} requests per ${formatDuration(limit.perSeconds * 1000)}, ` +
    'shared by every operation of the group; the client paces its calls to stay within it.'
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
