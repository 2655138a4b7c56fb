import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { quote } from './cost-preview.js';

describe('quote', () => {
  it.each([
    ['a flat price', 15, undefined, { billing: 'flat', credits: 15 }],
    ['a flat price ignores the duration', 150, 10, { billing: 'flat', credits: 150 }],
    [
      'a range says it is one',
      { min: 450, max: 2010 },
      undefined,
      { billing: 'range', min: 450, max: 2010 },
    ],
    [
      'a rate without a duration has no total',
      { perSecond: 18 },
      undefined,
      { billing: 'per-second', perSecond: 18 },
    ],
    [
      'a rate with a duration totals it',
      { perSecond: 18 },
      5,
      { billing: 'per-second', perSecond: 18, credits: 90 },
    ],
    ['no price is unknown', undefined, undefined, { billing: 'unknown' }],
  ] as const)('%s', (_why, price, durationS, expected) => {
    const preview = quote('m', price, durationS);
    expect(preview).toMatchObject({ model: 'm', ...expected });
    if (!('credits' in expected)) expect(preview).not.toHaveProperty('credits');
  });

  it.each([-5, 0, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a duration of %s instead of pricing it',
    (durationS) => {
      expect(() => quote('kling-motion-control', { perSecond: 18 }, durationS)).toThrow(
        ValidationError,
      );
      expect(() => quote('nano-banana', 15, durationS)).toThrow(/positive number of seconds/);
    },
  );

  it('says in words when a price is a range or a rate', () => {
    expect(quote('kling-v3', { min: 450, max: 2010 }).note).toBe(
      '450-2010 credits: a documented range; the doc does not say what sets the price within it.',
    );
    expect(quote('kling-motion-control', { perSecond: 18 }, 5).note).toBe(
      '18 credits per second of output: 90 credits for 5 s.',
    );
    expect(quote('flux-3', undefined).note).toMatch(/no documented price; read GET \/models/);
  });
});
