import { describe, expect, it } from 'vitest';
import { estimatePrice, type PriceExpression, type PriceFormulas } from './price-formula.js';

const prices = (formula: PriceExpression): PriceFormulas => ({
  selector: '/task',
  currency: 'USD',
  formulas: { t: formula },
});

describe('estimatePrice', () => {
  it.each<[string, PriceExpression, Record<string, unknown>, number | undefined]>([
    ['a constant', 0.07, {}, 0.07],
    [
      'a per-item minimum',
      { mul: [0.005, { max: [2, { count: '/urls' }] }] },
      { urls: ['a'] },
      0.01,
    ],
    ['per item', { mul: [0.005, { max: [2, { count: '/urls' }] }] }, { urls: [1, 2, 3] }, 0.015],
    ['a field', { mul: [{ field: '/s' }, 0.004] }, { s: 2 }, 0.008],
    ['a missing field', { mul: [{ field: '/s' }, 0.004] }, {}, undefined],
    ['a default', { field: '/fps', default: 60 }, {}, 60],
    ['a number in a string', { number: '/q' }, { q: '192k' }, 192],
    ['characters', { count: '/text' }, { text: 'héllo' }, 5],
    ['words', { words: '/text' }, { text: ' two  words ' }, 2],
    // Unknown means paid: words that are not a string are no input, not zero words.
    ['words of a missing field', { words: '/text' }, {}, undefined],
    ['words of a number', { words: '/text' }, { text: 12 }, undefined],
    ['words of an array', { words: '/text' }, { text: ['a', 'b'] }, undefined],
    ['ceil and div', { ceil: { div: [7, 2] } }, {}, 4],
    ['min', { min: [3, 1, 2] }, {}, 1],
    ['add', { add: [0.1, 0.2] }, {}, 0.3],
    ['if equals', { when: { equals: ['/hd', true] }, value: 1.5, otherwise: 1 }, { hd: true }, 1.5],
    ['else', { when: { equals: ['/hd', true] }, value: 1.5, otherwise: 1 }, {}, 1],
    ['if without else', { when: { present: '/x' }, value: 1 }, {}, undefined],
    [
      'a band',
      {
        bands: {
          value: { field: '/s' },
          steps: [
            [60, 0.03],
            [120, 0.05],
          ],
        },
      },
      { s: 61 },
      0.05,
    ],
    [
      'beyond the bands',
      { bands: { value: { field: '/s' }, steps: [[60, 0.03]] } },
      { s: 61 },
      undefined,
    ],
  ])('%s', (_name, formula, body, amount) => {
    expect(estimatePrice(prices(formula), { task: 't', ...body }).amount).toBe(amount);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a selector named like an object property (%s) has no formula, and does not throw',
    (task) => {
      expect(estimatePrice(prices(1), { task })).toEqual({
        amount: undefined,
        currency: 'USD',
        reason: `${task} has no documented price formula`,
      });
    },
  );

  it('says why there is no estimate', () => {
    expect(estimatePrice(prices({ field: '/input/seconds' }), { task: 't' })).toEqual({
      amount: undefined,
      currency: 'USD',
      reason: 't needs input.seconds for an estimate',
    });
    expect(estimatePrice(prices(1), { task: 'other' })).toMatchObject({
      reason: 'other has no documented price formula',
    });
  });
});
