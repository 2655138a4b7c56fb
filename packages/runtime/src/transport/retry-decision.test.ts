import { describe, expect, it } from 'vitest';
import { decideRetry, type RetryDecision, type RetryInput } from './retry-decision.js';

const policy = {
  maxRetries: 2,
  statuses: [408, 429, 500, 502, 503, 504],
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  noWorkStatuses: [429],
};
const get: RetryInput = {
  end: { status: 503 },
  attempt: 0,
  policy,
  resendable: true,
  paid: false,
  backoffMs: 750,
  remainingMs: 60_000,
};
const paidPost: Partial<RetryInput> = { resendable: false, paid: true };
const retry = (waitMs: number): RetryDecision => ({ action: 'retry', waitMs });
const fail = (why: string, jobMayExist = false) => ({ action: 'fail', why, jobMayExist });

describe('decideRetry', () => {
  it.each<[string, Partial<RetryInput>, RetryDecision | ReturnType<typeof fail>]>([
    ['a GET on 503 backs off', {}, retry(750)],
    ['a GET on 404 fails', { end: { status: 404 } }, fail('not-retryable')],
    ['a hint replaces the backoff', { end: { status: 429, retryAfterMs: 3000 } }, retry(3000)],
    [
      "the doc's fixed wait for a status replaces the backoff",
      { end: { status: 429 }, policy: { ...policy, statusDelayMs: { '429': 30_000 } } },
      retry(30_000),
    ],
    [
      'a hint still wins over the fixed wait',
      {
        end: { status: 429, retryAfterMs: 3000 },
        policy: { ...policy, statusDelayMs: { '429': 30_000 } },
      },
      retry(3000),
    ],
    [
      'a hint beyond the cap stops',
      { end: { status: 429, retryAfterMs: 120_000 } },
      fail('hint-beyond-cap'),
    ],
    ['the last attempt fails', { attempt: 2 }, fail('out-of-retries')],
    ['a wait past the deadline fails', { remainingMs: 700 }, fail('out-of-time')],
    ['a lost GET is re-sent', { end: { failure: 'lost' } }, retry(750)],
    ['a timed-out GET is re-sent', { end: { failure: 'timeout' } }, retry(750)],
    ['a paid POST on 503 fails, the job may exist', { ...paidPost }, fail('not-retryable', true)],
    [
      'a paid POST on 429 is re-sent: no work was done',
      { ...paidPost, end: { status: 429 } },
      retry(750),
    ],
    [
      'a paid POST on 400 fails, no job',
      { ...paidPost, end: { status: 400 } },
      fail('not-retryable'),
    ],
    [
      'a paid POST whose answer was lost',
      { ...paidPost, end: { failure: 'lost' } },
      { action: 'outcome-unknown' },
    ],
    [
      'a paid POST that timed out',
      { ...paidPost, end: { failure: 'timeout' } },
      { action: 'outcome-unknown' },
    ],
    [
      'a paid POST never sent is re-sent',
      { ...paidPost, end: { failure: 'not-sent' } },
      retry(750),
    ],
    ['a keyed paid POST on 503 is re-sent', { paid: true, resendable: true }, retry(750)],
    [
      'a keyed paid POST whose answer was lost',
      { paid: true, end: { failure: 'lost' } },
      retry(750),
    ],
  ])('%s', (_name, input, expected) => {
    expect(decideRetry({ ...get, ...input })).toEqual(expected);
  });
});
