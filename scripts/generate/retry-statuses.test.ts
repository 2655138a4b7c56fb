import { describe, expect, it } from 'vitest';
import { retryStatuses } from './retry-statuses.ts';

describe('retryStatuses', () => {
  it('keeps statuses and expands a family to its hundred statuses', () => {
    const statuses = retryStatuses('spec', [429, '5xx']);
    expect(statuses).toHaveLength(101);
    expect(statuses).toEqual(expect.arrayContaining([429, 500, 501, 507, 599]));
    expect(statuses).not.toContain(600);
  });

  it('drops repeats', () => {
    expect(retryStatuses('spec', [500, '5XX', 502])).toHaveLength(100);
  });

  it.each([['6xx'], ['five hundred'], [42], [{}]])('refuses %j', (entry) => {
    expect(() => retryStatuses('spec', [entry])).toThrow(/statuses/);
  });
});
