import type { OperationMetadata, Price, PriceExpression, PriceFormulas } from '@mediagen/runtime';

/** A body field named the way a caller writes it: `/input/width` → `input.width`. */
export function fieldName(pointer: string): string {
  return `\`${pointer.slice(1).replaceAll('/', '.')}\``;
}

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** One documented price in credits (`x-mediagen-prices`): flat, a range, or a rate per second. */
export function describeCredits(price: Price): string {
  if (typeof price === 'number') return `${number(price)} credits`;
  if ('perSecond' in price) return `${number(price.perSecond)} credits per second of output`;
  return `${number(price.min)}–${number(price.max)} credits`;
}

/** `x-mediagen-prices` in words: the credits for each value of the body property that sets them. */
export function describePrices(prices: NonNullable<OperationMetadata['prices']>): string {
  const each = Object.entries(prices.credits).map(
    ([value, price]) => `\`${value}\` ${describeCredits(price)}`,
  );
  return `by \`${prices.property}\`: ${each.join('; ')}`;
}

type Compound = Exclude<PriceExpression, number>;
const needsParens = (e: PriceExpression) =>
  typeof e !== 'number' && ('add' in e || 'when' in e || 'bands' in e);

/** A price expression as a formula a reader can follow (see specs/README.md for the terms). */
export function describeExpression(e: PriceExpression): string {
  if (typeof e === 'number') return number(e);
  return describeCompound(e);
}

function operand(e: PriceExpression): string {
  const text = describeExpression(e);
  return needsParens(e) ? `(${text})` : text;
}

function withDefault(text: string, fallback: PriceExpression | undefined): string {
  return fallback === undefined ? text : `${text} (default ${describeExpression(fallback)})`;
}

function describeCompound(e: Compound): string {
  if ('field' in e) return withDefault(fieldName(e.field), e.default);
  if ('number' in e) return withDefault(`the number in ${fieldName(e.number)}`, e.default);
  if ('count' in e) return `the length of ${fieldName(e.count)}`;
  if ('words' in e) return `the words in ${fieldName(e.words)}`;
  if ('add' in e) return e.add.map(describeExpression).join(' + ');
  if ('mul' in e) return e.mul.map(operand).join(' × ');
  if ('div' in e) return `${operand(e.div[0])} ÷ ${operand(e.div[1])}`;
  if ('max' in e) return `max(${e.max.map(describeExpression).join(', ')})`;
  if ('min' in e) return `min(${e.min.map(describeExpression).join(', ')})`;
  if ('ceil' in e) return `⌈${describeExpression(e.ceil)}⌉`;
  if ('when' in e) {
    const condition =
      'present' in e.when
        ? `${fieldName(e.when.present)} is set`
        : `${fieldName(e.when.equals[0])} is ${JSON.stringify(e.when.equals[1])}`;
    const otherwise =
      e.otherwise === undefined ? 'no documented price' : describeExpression(e.otherwise);
    return `${describeExpression(e.value)} if ${condition}, else ${otherwise}`;
  }
  const steps = e.bands.steps.map(([upTo, price]) => `up to ${number(upTo)}: ${number(price)}`);
  return `by ${describeExpression(e.bands.value)}: ${steps.join(', ')}; beyond that no documented price`;
}

/** `x-mediagen-price-formulas` in words: one formula per value of the selector. */
export function describeFormulas(formulas: PriceFormulas): string[] {
  return Object.entries(formulas.formulas).map(
    ([value, formula]) =>
      `${fieldName(formulas.selector)} \`${value}\`: ${describeExpression(formula)} ${formulas.currency}`,
  );
}
