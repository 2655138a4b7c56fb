import type { OperationMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { submitCredits } from './submit-credits.js';

type PriceFormulas = NonNullable<OperationMetadata['priceFormulas']>;

const grok: PriceFormulas = {
  selector: '/model',
  currency: 'credits',
  formulas: {
    'grok-imagine': {
      when: { equals: ['/input/model', 'text-to-image'] },
      value: 8,
      otherwise: { when: { present: '/input/model' }, value: 150 },
    },
  },
};
const perSecond: PriceFormulas = {
  selector: '/model',
  currency: 'credits',
  formulas: { clip: { mul: [{ field: '/seconds' }, 12] } },
};
const bySlug: PriceFormulas = {
  selector: '/model',
  currency: 'credits',
  formulas: { veo3: 175, 'kling-motion-control': 350 },
};

describe('submitCredits', () => {
  it.each([
    [
      'a flat price by body property',
      { prices: { property: 'model', credits: { 'text-to-image': 8 } } },
      { model: 'text-to-image' },
      {},
      8,
    ],
    [
      'a documented range has no figure',
      { prices: { property: 'model', credits: { a: { min: 1, max: 2 } } } },
      { model: 'a' },
      {},
      undefined,
    ],
    [
      'a route of its own, read over {model, input}',
      { priceFormulas: grok },
      { prompt: 'p', model: 'text-to-image' },
      {},
      8,
    ],
    [
      'the same route, a video',
      { priceFormulas: grok },
      { prompt: 'p', model: 'text-to-video' },
      {},
      150,
    ],
    [
      'a formula over the body itself',
      { priceFormulas: perSecond },
      { model: 'clip', seconds: 10 },
      {},
      120,
    ],
    [
      'picked by a path parameter',
      { priceFormulas: bySlug },
      { prompt: 'p' },
      { modelSlug: 'kling-motion-control' },
      350,
    ],
    [
      'no formula for the slug',
      { priceFormulas: bySlug },
      { prompt: 'p' },
      { modelSlug: 'sora' },
      undefined,
    ],
    ['no prices at all', {}, { prompt: 'p' }, {}, undefined],
  ] as const)('%s', (_, op, body, path, credits) => {
    expect(submitCredits(op, body, path)).toBe(credits);
  });
});
