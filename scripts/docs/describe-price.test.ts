import type { PriceExpression } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { describeExpression, describeFormulas, describePrices } from './describe-price.ts';

describe('describePrices', () => {
  it('names the property and each value: flat, range and per-second prices', () => {
    expect(
      describePrices({
        property: 'model',
        credits: { lite: 45, 'kling-v3': { min: 450, max: 2010 }, motion: { perSecond: 18 } },
      }),
    ).toBe(
      'by `model`: `lite` 45 credits; `kling-v3` 450–2,010 credits; `motion` 18 credits per second of output',
    );
  });
});

describe('describeExpression', () => {
  it.each<[string, PriceExpression, string]>([
    ['a number', 0.005, '0.005'],
    ['a field', { field: '/input/width' }, '`input.width`'],
    ['a field with a default', { field: '/fps', default: 60 }, '`fps` (default 60)'],
    ['a number in a string', { number: '/bitrate' }, 'the number in `bitrate`'],
    ['a count', { count: '/input/videoUrls' }, 'the length of `input.videoUrls`'],
    ['words', { words: '/text' }, 'the words in `text`'],
    [
      'a product over a max (Killa Tamata video.combine)',
      { mul: [0.005, { max: [2, { count: '/input/videoUrls' }] }] },
      '0.005 × max(2, the length of `input.videoUrls`)',
    ],
    [
      'a sum inside a product keeps its parentheses',
      { mul: [{ add: [1, { field: '/a' }] }, 2] },
      '(1 + `a`) × 2',
    ],
    ['a quotient', { div: [{ count: '/text' }, 4] }, 'the length of `text` ÷ 4'],
    ['min and a ceiling', { min: [1, { ceil: { field: '/n' } }] }, 'min(1, ⌈`n`⌉)'],
    [
      'a surcharge on a value',
      { mul: [0.04, { when: { equals: ['/input/highDetail', true] }, value: 1.5, otherwise: 1 }] },
      '0.04 × (1.5 if `input.highDetail` is true, else 1)',
    ],
    [
      'a condition without otherwise',
      { when: { present: '/transcript' }, value: 0.07 },
      '0.07 if `transcript` is set, else no documented price',
    ],
    [
      'bands',
      {
        bands: {
          value: { words: '/t' },
          steps: [
            [60, 0.03],
            [120, 0.05],
          ],
        },
      },
      'by the words in `t`: up to 60: 0.03, up to 120: 0.05; beyond that no documented price',
    ],
  ])('%s', (_case, expression, words) => {
    expect(describeExpression(expression)).toBe(words);
  });
});

describe('describeFormulas', () => {
  it('gives one line per selector value, with the currency', () => {
    expect(
      describeFormulas({
        selector: '/task',
        currency: 'USD',
        formulas: { 'video.combine': { mul: [0.005, 2] }, flat: 0.07 },
      }),
    ).toEqual(['`task` `video.combine`: 0.005 × 2 USD', '`task` `flat`: 0.07 USD']);
  });
});
