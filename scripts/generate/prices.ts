import type { PriceFormulas } from '../../packages/runtime/src/pricing/price-formula.ts';
import type { OperationMetadata, Price } from '../../packages/runtime/src/provider-metadata.ts';
import type { PriceFormulasExtension, Schema } from './openapi-document.ts';
import { fail } from './spec-error.ts';
import { withoutNotes } from './without-notes.ts';

/** A documented price keeps its form: flat credits, a `{min, max}` range, or a `{perSecond}` rate. */
export function isPrice(price: unknown): boolean {
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (finite(price)) return true;
  if (!price || typeof price !== 'object') return false;
  const { min, max, perSecond } = price as Record<string, unknown>;
  const keys = Object.keys(price).sort().join();
  if (keys === 'max,min') return finite(min) && finite(max) && (min as number) <= (max as number);
  return keys === 'perSecond' && finite(perSecond);
}

/** `x-mediagen-price-formulas` on an operation: estimated prices by the value `selector` points at. */
export function priceFormulasOf(
  spec: string,
  where: string,
  ext: PriceFormulasExtension | undefined,
): Pick<OperationMetadata, 'priceFormulas'> {
  if (!ext) return {};
  const { selector, currency, formulas } = ext;
  if (typeof selector !== 'string' || !currency || typeof formulas !== 'object') {
    fail(spec, where, 'x-mediagen-price-formulas needs selector, currency and formulas');
  }
  // Each formula's shape is checked when metadata.ts is type-checked (`satisfies ProviderMetadata`).
  return { priceFormulas: { selector, currency, formulas: formulas as PriceFormulas['formulas'] } };
}

/** The price list on a body property (`x-mediagen-prices`): credits per value of that property. */
export function pricesOf(
  spec: string,
  where: string,
  body: Schema | undefined,
): Pick<OperationMetadata, 'prices'> {
  for (const [property, schema] of Object.entries(body?.properties ?? {})) {
    const prices = schema['x-mediagen-prices'];
    if (!prices) continue;
    const credits = withoutNotes(prices);
    for (const [value, price] of Object.entries(credits)) {
      if (!isPrice(price)) {
        fail(
          spec,
          `${where} x-mediagen-prices.${value}`,
          'a price is credits, {min, max} or {perSecond}',
        );
      }
    }
    return { prices: { property, credits: credits as Record<string, Price> } };
  }
  return {};
}
