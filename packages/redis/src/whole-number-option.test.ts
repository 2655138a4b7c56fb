import { ConfigurationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { checkWholeNumber } from './whole-number-option.js';

describe('checkWholeNumber', () => {
  const cases: [unknown, boolean][] = [
    [undefined, true],
    [1, true],
    [300_000, true],
    [0, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['300000', false],
  ];
  it.each(cases)('%s passes: %s', (value, passes) => {
    const check = () => checkWholeNumber('submitClaimMs', value, 'pass 300_000.');
    if (passes) expect(check).not.toThrow();
    else expect(check).toThrow(ConfigurationError);
  });

  it('names the option, the value and the fix', () => {
    expect(() => checkWholeNumber('concurrency', 0, 'pass 16.')).toThrow(
      'concurrency must be a whole number above 0, not 0: pass 16.',
    );
  });
});
