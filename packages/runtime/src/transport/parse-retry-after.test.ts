import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.js';

describe('parseRetryAfter', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('reads each form of hint, preferring milliseconds', () => {
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(h({ 'retry-after': '7' }))).toBe(7000);
    expect(
      parseRetryAfter(
        h({ 'retry-after': 'Wed, 21 Oct 2015 07:28:10 GMT' }),
        undefined,
        undefined,
        Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'),
      ),
    ).toBe(10_000);
    expect(parseRetryAfter(h({}), { retry_after: 12 })).toBe(12_000);
    expect(parseRetryAfter(h({}), { wait: '3' }, '/wait')).toBe(3000);
    expect(parseRetryAfter(h({}), {})).toBeUndefined();
  });
});
