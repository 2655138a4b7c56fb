import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('never starts more than N in a window', async () => {
    let t = 0;
    const limiter = createRateLimiter(2, 1000, () => t);
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const pending = limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(third).toBe(false);
    t = 1000;
    await pending;
    expect(third).toBe(true);
  });
});
