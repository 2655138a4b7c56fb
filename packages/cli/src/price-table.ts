/**
 * An estimate from a price table the spec declares (`x-mediagen-prices`: credits by the value of
 * one body property, flat, a range or per second), for providers whose package has no cost helper
 * of its own. Pure.
 */
import type { OperationMetadata } from '@mediagen/runtime';
import type { Estimate } from './provider-adapter.js';

export function priceTableEstimate(
  prices: OperationMetadata['prices'],
  body: unknown,
  durationField = 'duration',
): Estimate {
  const unit = 'credits';
  if (!prices) return { unit, note: 'the spec declares no price for this operation' };
  const record = (body ?? {}) as Record<string, unknown>;
  const key = String(record[prices.property]);
  const price = prices.credits[key];
  if (price === undefined)
    return { unit, note: `no documented price for ${prices.property} ${JSON.stringify(key)}` };
  if (typeof price === 'number') return { unit, amount: price, note: 'flat, per generation' };
  if ('perSecond' in price) {
    const seconds = record[durationField];
    return typeof seconds === 'number'
      ? { unit, amount: price.perSecond * seconds, note: `${price.perSecond} per second` }
      : { unit, note: `${price.perSecond} per second of output; give --${durationField}` };
  }
  return { unit, min: price.min, max: price.max, note: 'a documented range' };
}
