/**
 * What a submit costs, from the generated metadata's documented prices: flat prices by one body
 * property (`x-mediagen-prices`), else the price formulas (`x-mediagen-price-formulas`). A formula
 * is picked by its selector's value in the body, else by a path parameter's value (`/models/{slug}`),
 * else it is the operation's only one (a route of its own, such as `/models/veo3`); it is read over
 * the body with the selector set, and the body again as `input`, since specs write formulas over
 * the body itself (HappyHorse) or over `{model, input}` (Vydra). No figure: `undefined`.
 */
import type { OperationMetadata } from '@mediagen/runtime';
import { estimatePrice, readFirst } from '@mediagen/runtime/provider';

type Priced = Pick<OperationMetadata, 'prices' | 'priceFormulas'>;
type Json = Record<string, unknown>;

function flatPrice(op: Priced, body: unknown): number | undefined {
  const value = op.prices && readFirst(body, `/${op.prices.property}`);
  const price = value === undefined ? undefined : op.prices?.credits[String(value)];
  // A documented range ({min, max}) or rate has no one figure to charge.
  return typeof price === 'number' ? price : undefined;
}

function formulaPrice(op: Priced, body: unknown, path: Readonly<Record<string, string>>) {
  const prices = op.priceFormulas;
  if (!prices) return undefined;
  const keys = Object.keys(prices.formulas);
  const selected = readFirst(body, prices.selector);
  const key =
    [selected, ...Object.values(path)].find(
      (k): k is string => typeof k === 'string' && keys.includes(k),
    ) ?? (keys.length === 1 ? keys[0] : undefined);
  if (key === undefined) return undefined;
  const own =
    body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : {};
  const over: Json = { ...own, ...('input' in own ? {} : { input: own }) };
  const name = /^\/[^/]+$/.exec(prices.selector) ? prices.selector.slice(1) : undefined;
  if (name) over[name] = key;
  if (!name && selected !== key) return undefined;
  return estimatePrice(prices, over).amount;
}

export function submitCredits(
  op: Priced,
  body: unknown,
  path: Readonly<Record<string, string>> = {},
): number | undefined {
  return flatPrice(op, body) ?? formulaPrice(op, body, path);
}
