/**
 * The generated metadata as TypeScript source, written for a small bundle (it ships in every
 * browser build of a provider): a run of consecutive whole numbers, such as the hundred retry
 * statuses of a `5xx` family, is one `Array.from` instead of a hundred literals.
 *
 * Sub-objects written more than once (status links, schedules, field schemas) stay written out:
 * declared once and referenced, they made the minified bundle smaller but the gzipped one larger,
 * since gzip already stores a repeat as a back-reference.
 */

/** `length` whole numbers from `from` on, in an array; written as a marker `JSON.stringify` keeps. */
class Run {
  constructor(
    readonly from: number,
    readonly length: number,
  ) {}
  toJSON() {
    return `\u0000run:${this.from}:${this.length}`;
  }
}

/** Shorter runs read better listed. */
const MIN_RUN = 8;

function withRuns(list: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < list.length; ) {
    let end = i;
    while (Number.isInteger(list[end]) && list[end + 1] === (list[end] as number) + 1) end++;
    if (end - i + 1 >= MIN_RUN) {
      out.push(new Run(list[i] as number, end - i + 1));
      i = end + 1;
    } else out.push(list[i++]);
  }
  return out;
}

/** A copy of the value with its number runs folded. */
function folded(value: unknown): unknown {
  if (Array.isArray(value)) return withRuns(value.map(folded));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, folded(v)]));
}

/** `value` as a TypeScript expression: JSON, with each run spread from an `Array.from`. */
export function metadataSource(value: unknown): string {
  return JSON.stringify(folded(value), null, 2).replace(
    /"\\u0000run:(\d+):(\d+)"/g,
    (_, from, length) => `...Array.from({ length: ${length} }, (_, i) => ${from} + i)`,
  );
}
