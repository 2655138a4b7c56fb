import type { Side } from './change.ts';
import type { Verdict } from './classify-keyword.ts';
import type { Schema } from './merge-all-of.ts';

/** Strings most patterns refuse: a pattern that refuses one the old schema took is proven narrower. */
const PROBES = ['a', 'Z', '0', '-1', '1.5', 'a b', ' ', '_', '-', '.', '/', '@', 'é', '\n', ''];

/** Assertions that make an empty match at the start say nothing about the rest of the string. */
const ASSERTIONS = /\$|\\[bB]|\(\?<?[=!]/;

function compile(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/**
 * A JSON Schema `pattern` is searched for, not anchored: one that matches the empty string at the
 * start, with no end anchor or lookaround, matches every string (`.*`, `^.*`, `a*`).
 */
export function matchesEverything(pattern: unknown): boolean {
  if (pattern === undefined) return true;
  const regex = compile(pattern);
  if (!regex) return false;
  return pattern === '^[\\s\\S]*$' || (regex.test('') && !ASSERTIONS.test(pattern as string));
}

/** Strings the old schema documents or is sure to take, for a proof that the new pattern refuses one. */
function samplesOf(schema: Schema): string[] {
  const documented = [
    ...(Array.isArray(schema.examples) ? schema.examples : []),
    schema.example,
    schema.default,
    ...(Array.isArray(schema.enum) ? schema.enum : []),
    ...('const' in schema ? [schema.const] : []),
  ];
  // A format or a value list already kept most probes out: only the documented strings are proof.
  const closed = schema.format !== undefined || Array.isArray(schema.enum) || 'const' in schema;
  const fits = (s: string) =>
    s.length >= Number(schema.minLength ?? 0) && s.length <= Number(schema.maxLength ?? Infinity);
  return [...documented, ...(closed ? [] : PROBES)]
    .filter((s): s is string => typeof s === 'string')
    .filter(fits);
}

/**
 * A request `pattern` added, removed or changed. Removed, or replaced by one that matches every
 * string, loosens. Narrowed where a string the old schema took (its examples, default or a common
 * probe) no longer matches. Otherwise undecided: review, never a guess either way.
 */
export function classifyPattern(before: Schema, after: Schema, side: Side): Verdict {
  if (side === 'response') return { class: 'non-breaking', reason: 'response limit changed' };
  if (matchesEverything(after.pattern)) {
    return { class: 'non-breaking', reason: 'request pattern loosened: it matches every string' };
  }
  const old = compile(before.pattern);
  const now = compile(after.pattern);
  if (!now || (before.pattern !== undefined && !old))
    return { class: 'review', reason: 'request pattern changed; not a JavaScript regex' };
  const refused = samplesOf(before).find((s) => (!old || old.test(s)) && !now.test(s));
  if (refused !== undefined) {
    return {
      class: 'breaking',
      reason: `request pattern narrowed: ${JSON.stringify(refused)} no longer matches`,
    };
  }
  return { class: 'review', reason: 'request pattern changed; not proven to narrow or loosen' };
}
