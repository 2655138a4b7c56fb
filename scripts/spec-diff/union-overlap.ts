import { isDeepStrictEqual } from 'node:util';
import type { Change } from './change.ts';
import { typesOf, type Verdict } from './classify-keyword.ts';
import type { Schema } from './merge-all-of.ts';
import type { Branch } from './union-pairing.ts';

const intersects = (a: Set<string>, b: Set<string>) =>
  [...a].some(
    (t) => b.has(t) || (t === 'integer' && b.has('number')) || (t === 'number' && b.has('integer')),
  );

/** The values a property is pinned to (`const` or `enum`), where it is. */
function pinned(property: unknown): unknown[] | undefined {
  if (!property || typeof property !== 'object') return undefined;
  const schema = property as Schema;
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/** A property both require, pinned to values the other never takes: no value fits both. */
function requiredApart(a: Schema, b: Schema): boolean {
  const both = (a.required ?? []).filter((name: string) => (b.required ?? []).includes(name));
  return both.some((name: string) => {
    const x = pinned(a.properties?.[name]);
    const y = pinned(b.properties?.[name]);
    return x && y && !x.some((v) => y.some((w) => isDeepStrictEqual(v, w)));
  });
}

/**
 * Whether no value can match both branches, as far as it can be proven: different tags, types that
 * do not meet, or a property both require pinned to different values. Unproven is not disjoint.
 */
export function disjoint(a: Branch, b: Branch): boolean {
  if (a.tag !== undefined && b.tag !== undefined) return a.tag !== b.tag;
  const x = typesOf(a.schema);
  const y = typesOf(b.schema);
  if (x && y && !intersects(x, y)) return true;
  return requiredApart(a.schema, b.schema);
}

/**
 * Whether every old body still validates against the other branch: no breaking difference, apart
 * from a property no longer described, which an open object still takes (policy, not validation).
 */
export const accepts = (changes: Change[]) =>
  changes.every((c) => c.class !== 'breaking' || c.reason === 'request field removed');

/**
 * A request `oneOf` takes a body that matches exactly one branch. An old body shape (`branch`) that
 * fits two or more new branches whole is refused: breaking, unless the old `oneOf` refused it too
 * (`fitsBefore`, counted only then). One that fits one branch, where a plain schema became the
 * `oneOf`, may still match another branch not proven disjoint from both: review.
 */
export function classifyOverlap(
  branch: Branch,
  fits: Branch[],
  into: Branch[],
  oldUnion: 'oneOf' | 'anyOf' | undefined,
  fitsBefore: () => number,
): { verdict: Verdict; branches: Branch[] } | undefined {
  if (fits.length >= 2) {
    if (oldUnion === 'oneOf' && fitsBefore() >= 2) return undefined;
    const reason = `request oneOf branches overlap: old bodies match ${fits.length} of them, and oneOf takes exactly one`;
    return { verdict: { class: 'breaking', reason }, branches: fits };
  }
  const [fit] = fits;
  if (!fit || oldUnion) return undefined;
  const others = into.filter((o) => o !== fit && !disjoint(fit, o) && !disjoint(branch, o));
  if (others.length === 0) return undefined;
  const reason =
    'request oneOf branches may overlap: an old body matching more than one is refused';
  return { verdict: { class: 'review', reason }, branches: [fit, ...others] };
}
