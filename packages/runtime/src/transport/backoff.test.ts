import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('grows exponentially, with jitter, under the cap', () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 0))).toEqual([
      500, 1000, 2000, 2500,
    ]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 1))).toEqual([
      1000, 2000, 4000, 5000,
    ]);
  });
});
