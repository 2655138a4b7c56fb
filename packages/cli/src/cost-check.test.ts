import { describe, expect, it } from 'vitest';
import { describeEstimate } from './cost-check.js';

describe('describeEstimate', () => {
  it.each([
    [
      'a figure, in its unit',
      { unit: 'credits', amount: 400, note: 'an estimate' },
      '400 credits (an estimate)',
    ],
    ['a range', { unit: 'credits', min: 10, max: 20, note: 'a range' }, '10-20 credits (a range)'],
    ['USD', { unit: 'USD', amount: 0.04, note: 'n' }, '0.04 USD (n)'],
    [
      'no figure: no unit, and why',
      { unit: 'credits', note: 'whisper has no documented price formula' },
      'no estimate: whisper has no documented price formula',
    ],
    ['no estimate at all', undefined, 'no estimate: the provider documents no prices for this'],
  ] as const)('%s', (_, estimate, text) => {
    expect(describeEstimate(estimate)).toBe(text);
  });
});
