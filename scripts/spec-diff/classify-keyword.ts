import type { ChangeClass, Side } from './change.ts';

/** Keywords whose larger value lets fewer values through. */
const LOWER_BOUNDS = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
  'minContains',
]);
/** Keywords whose smaller value lets fewer values through. */
const UPPER_BOUNDS = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
  'maxContains',
]);
/** Keywords that can only narrow what validates when added or changed. */
const RULES = new Set(['pattern', 'format', 'multipleOf', 'uniqueItems', 'contentMediaType']);

export const LIMIT_KEYWORDS = new Set([...LOWER_BOUNDS, ...UPPER_BOUNDS, ...RULES]);

export interface Verdict {
  class: ChangeClass;
  reason: string;
}

function narrows(keyword: string, before: unknown, after: unknown): boolean {
  if (after === undefined || after === false) return false;
  if (before === undefined || before === false) return true;
  if (LOWER_BOUNDS.has(keyword)) return Number(after) > Number(before);
  if (UPPER_BOUNDS.has(keyword)) return Number(after) < Number(before);
  return true;
}

/**
 * A limit or rule keyword changed. In a request, narrowing rejects calls that used to pass the
 * client's pre-send validation; in a response a limit only documents what comes back.
 */
export function classifyLimit(
  keyword: string,
  before: unknown,
  after: unknown,
  side: Side,
): Verdict {
  if (side === 'response') return { class: 'non-breaking', reason: 'response limit changed' };
  return narrows(keyword, before, after)
    ? { class: 'breaking', reason: `request ${keyword} narrowed` }
    : { class: 'non-breaking', reason: `request ${keyword} loosened` };
}

/** JSON types a schema allows; no `type` allows every one. `integer` is a subset of `number`. */
export function typesOf(schema: { type?: unknown }): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(Array.isArray(schema.type) ? schema.type.map(String) : [String(schema.type)]);
}

function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return [...inner].every((t) => outer.has(t) || (t === 'integer' && outer.has('number')));
}

/** A request must still accept every old type; a response may only return types it did. */
export function classifyType(
  before: Set<string> | undefined,
  after: Set<string> | undefined,
  side: Side,
): Verdict {
  if (side === 'request') {
    return covers(after, before)
      ? { class: 'non-breaking', reason: 'request type loosened' }
      : { class: 'breaking', reason: 'request type narrowed' };
  }
  return covers(before, after)
    ? { class: 'non-breaking', reason: 'response type narrowed' }
    : { class: 'breaking', reason: 'response type changed' };
}

/** One enum value (or a const) appeared or disappeared. */
export function classifyEnumValue(change: 'added' | 'removed', side: Side): Verdict {
  if (side === 'request') {
    return change === 'added'
      ? { class: 'non-breaking', reason: 'request enum value added' }
      : { class: 'breaking', reason: 'request enum value removed' };
  }
  return change === 'added'
    ? { class: 'review', reason: 'response enum value added: breaks exhaustive switches' }
    : { class: 'non-breaking', reason: 'response enum value removed' };
}

/**
 * Every old value gone: a `const` changed, or an `enum` swapped for new values. A reader that
 * matched the old value, and a sender that sent it, both break; `undefined` where some value stays.
 */
export function classifyValuesReplaced(
  was: 'enum' | 'const',
  is: 'enum' | 'const',
  allRemoved: boolean,
  side: Side,
): Verdict | undefined {
  if (!allRemoved) return undefined;
  if (was === 'const' && is === 'const')
    return { class: 'breaking', reason: `${side} const changed` };
  return { class: 'breaking', reason: `${side} values replaced: no old value is left` };
}

/** A whole `enum` or `const` keyword appeared or disappeared: the value set went from any to some. */
export function classifyValueSet(change: 'added' | 'removed', side: Side): Verdict {
  const narrowed = change === 'added';
  if (side === 'request') {
    return narrowed
      ? { class: 'breaking', reason: 'request values narrowed to a list' }
      : { class: 'non-breaking', reason: 'request value list dropped' };
  }
  return narrowed
    ? { class: 'non-breaking', reason: 'response values narrowed to a list' }
    : { class: 'breaking', reason: 'response value list dropped: the type widened' };
}

/** A property appeared or disappeared, or its `required` flag flipped. */
export function classifyProperty(
  change: 'added' | 'removed' | 'made required' | 'made optional',
  required: boolean,
  side: Side,
): Verdict {
  if (side === 'request') {
    if (change === 'added') {
      return required
        ? { class: 'breaking', reason: 'new required request field' }
        : { class: 'non-breaking', reason: 'optional request field added' };
    }
    if (change === 'removed') return { class: 'breaking', reason: 'request field removed' };
    return change === 'made required'
      ? { class: 'breaking', reason: 'request field made required' }
      : { class: 'non-breaking', reason: 'request field made optional' };
  }
  if (change === 'added') return { class: 'non-breaking', reason: 'response field added' };
  if (change === 'removed') return { class: 'breaking', reason: 'response field removed' };
  return change === 'made optional'
    ? { class: 'breaking', reason: 'response field made optional' }
    : { class: 'non-breaking', reason: 'response field made required' };
}
