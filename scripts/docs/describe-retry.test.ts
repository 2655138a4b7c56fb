import type { RetryPolicy } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import {
  describeIdempotency,
  describeRateLimit,
  describeRetry,
  isResendable,
} from './describe-retry.ts';

const policy: RetryPolicy = {
  maxRetries: 3,
  statuses: [408, 429, 500],
  baseDelayMs: 2000,
  maxDelayMs: 30000,
  noWorkStatuses: [429],
  statusDelayMs: { '429': 16000 },
};

describe('isResendable', () => {
  it.each([
    [{ method: 'get' as const, paid: true }, true],
    [{ method: 'post' as const }, true],
    [{ method: 'post' as const, paid: true, idempotencyHeader: 'X-Key' }, true],
    [{ method: 'post' as const, paid: true }, false],
    [{ method: 'patch' as const, paid: true }, false],
    [{ method: 'delete' as const, paid: true }, true],
  ])('%o → %s', (op, resendable) => {
    expect(isResendable(op)).toBe(resendable);
  });
});

describe('describeRetry', () => {
  it('retries a repeatable operation on every listed status, with the fixed 429 wait', () => {
    expect(describeRetry({ method: 'get' }, policy)).toBe(
      'Up to 3 retries on 408, 429, 500, backing off exponentially from 2 s (full jitter) to at most 30 s; ' +
        "a 429 waits 16 s; a server's retry hint wins, and one beyond 30 s ends retrying with a rate-limit error. " +
        'A timeout or a lost answer is retried too.',
    );
  });

  it('re-sends a paid, unkeyed submit only on the no-work statuses', () => {
    const words = describeRetry({ method: 'post', paid: true }, policy);
    expect(words).toMatch(
      /^Paid and not idempotent, so it is re-sent only when it was never sent, or on 429,/,
    );
    expect(words).toContain('up to 3 retries on 429,');
    expect(words).toContain('is never re-sent: a job may exist');
  });

  it('says "never sent" alone when no status proves no work was done', () => {
    expect(
      describeRetry({ method: 'post', paid: true }, { ...policy, noWorkStatuses: [] }),
    ).toMatch(/^Paid and not idempotent, so it is re-sent only when it was never sent\. /);
  });
});

describe('describeIdempotency', () => {
  it.each([
    [
      { method: 'post' as const, paid: true, idempotencyHeader: 'X-Idempotency-Key' },
      /`X-Idempotency-Key` header/,
    ],
    [{ method: 'get' as const }, /^`GET` is idempotent/],
    [{ method: 'post' as const }, /creates no billable work/],
    [{ method: 'post' as const, paid: true }, /can start and bill a second job/],
  ])('%o', (op, words) => {
    expect(describeIdempotency(op)).toMatch(words);
  });
});

describe('describeRateLimit', () => {
  it('names the group and its budget', () => {
    expect(describeRateLimit({ group: 'generation', requests: 10, perSeconds: 60 })).toMatch(
      /^group `generation`, 10 requests per 1 min, shared/,
    );
  });
  it('says when none is documented', () => {
    expect(describeRateLimit(undefined)).toBe('none documented.');
  });
});
