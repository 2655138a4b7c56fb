/**
 * Submits that share an idempotency key while the first is still being answered get the first's
 * answer: one job and one charge, as the replay of an answered key already gives. Without this, a
 * client's retry that overtakes a slow first attempt (its attempt timed out, the server still
 * works) would be charged again.
 */
import type { Answer } from './answer.js';
import type { MockContext } from './mock-context.js';

const inFlight = new WeakMap<object, Map<string, Promise<Answer>>>();

export async function oncePerKey(
  ctx: MockContext,
  operationId: string,
  headers: Headers,
  submit: () => Promise<Answer>,
): Promise<Answer> {
  const header = ctx.model?.submits.get(operationId)?.idempotencyHeader;
  const key = header ? headers.get(header) : null;
  if (!key) return submit();
  const replayKey = `${operationId}\u0000${key}`;
  const pending = inFlight.get(ctx.store) ?? new Map<string, Promise<Answer>>();
  inFlight.set(ctx.store, pending);
  const first = pending.get(replayKey);
  if (first) return first;
  const answer = submit();
  pending.set(replayKey, answer);
  try {
    return await answer;
  } finally {
    pending.delete(replayKey);
  }
}
