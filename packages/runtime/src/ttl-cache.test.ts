import { describe, expect, it } from 'vitest';
import { ttlCache } from './ttl-cache.js';

describe('ttlCache', () => {
  it('loads once per TTL, shares a load in flight, and does not cache failures', async () => {
    let t = 0;
    let loads = 0;
    const cache = ttlCache(
      async () => {
        loads++;
        if (loads === 3) throw new Error('down');
        return loads;
      },
      100,
      () => t,
    );
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    t = 150;
    expect(await cache.get()).toBe(2);
    expect(await cache.get({ refresh: true }).catch(() => 'failed')).toBe('failed');
    expect(await cache.get()).toBe(4);
  });
});
