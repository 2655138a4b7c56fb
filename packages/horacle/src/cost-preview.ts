import type { Price } from '@mediagen/runtime';
import { metadata } from './generated/metadata.js';

/** What a model costs, in the form the doc gives it. */
export type CostPreview =
  | { model: string; billing: 'flat'; credits: number; note: string }
  | { model: string; billing: 'range'; min: number; max: number; note: string }
  | {
      model: string;
      billing: 'per-second';
      perSecond: number;
      /** `perSecond × duration`, where a duration was given. */
      credits?: number;
      note: string;
    }
  | { model: string; billing: 'unknown'; note: string };

/** Turns one declared price into a preview. Pure. */
export function quote(model: string, price: Price | undefined, durationS?: number): CostPreview {
  if (price === undefined) {
    return {
      model,
      billing: 'unknown',
      note: `${model} has no documented price; read GET /models (listModels) for the live catalog.`,
    };
  }
  if (typeof price === 'number') {
    return { model, billing: 'flat', credits: price, note: `${price} credits per generation.` };
  }
  if ('perSecond' in price) {
    const rate = `${price.perSecond} credits per second of output`;
    if (durationS === undefined) {
      return {
        model,
        billing: 'per-second',
        perSecond: price.perSecond,
        note: `${rate}; pass a duration for a total.`,
      };
    }
    const credits = price.perSecond * durationS;
    return {
      model,
      billing: 'per-second',
      perSecond: price.perSecond,
      credits,
      note: `${rate}: ${credits} credits for ${durationS} s.`,
    };
  }
  return {
    model,
    billing: 'range',
    min: price.min,
    max: price.max,
    note: `${price.min}-${price.max} credits: a documented range; the doc does not say what sets the price within it.`,
  };
}

/** Every model's declared price (`x-mediagen-prices` on the image and video model schemas). */
const PRICES: Readonly<Record<string, Price>> = Object.assign(
  {},
  ...Object.values(metadata.operations).flatMap((op) =>
    'prices' in op && op.prices.property === 'model' ? [op.prices.credits] : [],
  ),
);

export function costPreviewHelpers() {
  return {
    /**
     * The cost of one generation with `model`, from the spec's declared prices: flat credits, a
     * documented range, or a per-second rate (with a total when `durationS` is given). Failed
     * generations are refunded by Horacle.
     */
    previewCost(model: string, options: { durationS?: number } = {}): CostPreview {
      return quote(model, PRICES[model], options.durationS);
    },
  };
}

/** The methods `costPreviewHelpers` puts on the client. */
export type CostPreviewHelpers = ReturnType<typeof costPreviewHelpers>;
