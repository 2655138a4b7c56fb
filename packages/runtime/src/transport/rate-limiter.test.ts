import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createRateLimiter', () => {
  it('spaces starts evenly instead of releasing a burst', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const limiter = createRateLimiter(2, 1000);
    const starts: number[] = [];
    const all = Array.from({ length: 4 }, () =>
      limiter.acquire().then(() => starts.push(Date.now())),
    );
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(all);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((g) => g >= 500)).toBe(true);
  });
});
