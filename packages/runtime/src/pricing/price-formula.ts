/**
 * Documented prices as formulas over a request body (`x-mediagen-price-formulas`, see
 * specs/README.md). Evaluating one gives an estimate, never a bill: the provider's own hold or
 * charge is authoritative. A formula that reads a field the body lacks, with no default, has no
 * value, and says which field it needed.
 */
import { readPointer } from '../json-pointer.js';
import type { PriceCondition, PriceExpression, PriceFormulas } from '../provider-metadata.js';

export type { PriceCondition, PriceExpression, PriceFormulas } from '../provider-metadata.js';

export type PriceEstimate =
  | { amount: number; currency: string }
  | { amount: undefined; currency: string; reason: string };

class Missing extends Error {}

const fold = (values: number[], f: (a: number, b: number) => number) => values.reduce(f);

function holds(condition: PriceCondition, body: unknown): boolean {
  if ('present' in condition) return readPointer(body, condition.present).length > 0;
  const [pointer, value] = condition.equals;
  return readPointer(body, pointer)[0] === value;
}

function read(
  pointer: string,
  body: unknown,
  fallback: PriceExpression | undefined,
  parse = false,
) {
  const [value] = readPointer(body, pointer);
  const parsed = parse && typeof value === 'string' ? Number.parseFloat(value) : value;
  if (typeof parsed === 'number' && Number.isFinite(parsed)) return parsed;
  if (fallback !== undefined) return evaluate(fallback, body);
  throw new Missing(`needs ${pointer.slice(1).replaceAll('/', '.')}`);
}

function evaluate(e: PriceExpression, body: unknown): number {
  if (typeof e === 'number') return e;
  const all = (list: readonly PriceExpression[]) => list.map((x) => evaluate(x, body));
  if ('field' in e) return read(e.field, body, e.default);
  if ('number' in e) return read(e.number, body, e.default, true);
  if ('count' in e) {
    const [value] = readPointer(body, e.count);
    if (Array.isArray(value)) return value.length;
    if (typeof value === 'string') return [...value].length;
    throw new Missing(`needs ${e.count.slice(1).replaceAll('/', '.')}`);
  }
  if ('words' in e) {
    const [value] = readPointer(body, e.words);
    if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).length;
    throw new Missing(`needs ${e.words.slice(1).replaceAll('/', '.')}`);
  }
  if ('add' in e) return fold(all(e.add), (a, b) => a + b);
  if ('mul' in e) return fold(all(e.mul), (a, b) => a * b);
  if ('div' in e) return evaluate(e.div[0], body) / evaluate(e.div[1], body);
  if ('max' in e) return Math.max(...all(e.max));
  if ('min' in e) return Math.min(...all(e.min));
  if ('ceil' in e) return Math.ceil(evaluate(e.ceil, body));
  if ('when' in e) {
    const branch = holds(e.when, body) ? e.value : e.otherwise;
    if (branch === undefined) throw new Missing('has no documented price for these options');
    return evaluate(branch, body);
  }
  const value = evaluate(e.bands.value, body);
  const step = e.bands.steps.find(([bound]) => value <= bound);
  if (!step) throw new Missing(`has no documented price beyond ${e.bands.steps.at(-1)?.[0]}`);
  return step[1];
}

/** Rounds away binary noise (0.1 + 0.2) without hiding sub-cent prices. */
const tidy = (amount: number) => Math.round(amount * 1e9) / 1e9;

/** The estimated price of one request body, from the formula its selector picks. */
export function estimatePrice(prices: PriceFormulas, body: unknown): PriceEstimate {
  const { currency } = prices;
  const key = readPointer(body, prices.selector)[0];
  // Own keys only: a selector value such as `constructor` names no formula, not Object's own.
  const formula =
    typeof key === 'string' && Object.hasOwn(prices.formulas, key)
      ? prices.formulas[key]
      : undefined;
  if (formula === undefined) {
    return {
      amount: undefined,
      currency,
      reason: `${String(key)} has no documented price formula`,
    };
  }
  try {
    return { amount: tidy(evaluate(formula, body)), currency };
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
    return { amount: undefined, currency, reason: `${key} ${error.message} for an estimate` };
  }
}
