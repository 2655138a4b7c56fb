import type { Change } from './change.ts';
import type { Schema } from './merge-all-of.ts';

/** One alternative of a union, and what identifies it across versions. */
export interface Branch {
  schema: Schema;
  pointer: string;
  /** Its discriminator value, or the const its tag property holds. */
  tag?: string;
  /** The component it was `$ref`ed from, else its title. */
  name?: string;
}

/** The single value a property schema holds (`const`, or a one-value `enum`). */
function constOf(property: unknown): unknown {
  if (!property || typeof property !== 'object') return undefined;
  const schema = property as Schema;
  if ('const' in schema) return schema.const;
  return Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
}

/**
 * The property that tells the branches apart: the parent's `discriminator.propertyName`, else the
 * first property every branch of both versions pins to one value (`kind: {const: image}`), a value
 * no other branch of its version has (a `model` every branch pins alike tells nothing).
 */
export function tagProperty(parents: Schema[], versions: Branch[][]): string | undefined {
  const named = parents
    .map((p) => p.discriminator?.propertyName)
    .find((n) => typeof n === 'string');
  if (named) return named;
  const tells = (name: string) =>
    versions.every((branches) => {
      const values = branches.map((b) => constOf(b.schema.properties?.[name]));
      if (values.some((v) => v === undefined)) return false;
      return new Set(values.map((v) => JSON.stringify(v))).size === values.length;
    });
  return Object.keys(versions[0]?.[0]?.schema.properties ?? {}).find(tells);
}

/** The branch's value of the tag property, from its const or the discriminator mapping. */
export function tagOf(branch: Branch, property: string | undefined, parents: Schema[]) {
  if (!property) return undefined;
  const value = constOf(branch.schema.properties?.[property]);
  if (value !== undefined) return JSON.stringify(value);
  for (const parent of parents) {
    const mapping: Record<string, string> = parent.discriminator?.mapping ?? {};
    const key = Object.keys(mapping).find(
      (k) => branch.name && mapping[k]?.endsWith(`/${branch.name}`),
    );
    if (key !== undefined) return JSON.stringify(key);
  }
  return undefined;
}

/**
 * The counterpart of `branch` among `candidates`: by tag, then by name, where both sides carry one;
 * `null` where they carry one and none matches (a variant added or removed); `undefined` where
 * nothing identifies it, so its shape decides.
 */
export function pairByIdentity(branch: Branch, candidates: Branch[]): Branch | null | undefined {
  for (const key of ['tag', 'name'] as const) {
    if (branch[key] === undefined || !candidates.some((c) => c[key] !== undefined)) continue;
    return candidates.find((c) => c[key] === branch[key]) ?? null;
  }
  return undefined;
}

const breakingCount = (changes: Change[]) => changes.filter((c) => c.class === 'breaking').length;
const index = (branch: Branch) => Number(branch.pointer.split('/').at(-1));

/**
 * Where nothing identifies a branch: the candidate closest in shape (the fewest differences), then
 * the one with the fewest breaking ones, then the one at the same position.
 */
export function closestByShape(
  branch: Branch,
  candidates: Branch[],
  trials: Map<Branch, Change[]>,
) {
  const distance = (c: Branch) => [
    trials.get(c)!.length,
    breakingCount(trials.get(c)!),
    Math.abs(index(c) - index(branch)) || 0,
  ];
  const closer = (a: Branch, b: Branch) => {
    const [x, y] = [distance(a), distance(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i === -1 || x[i]! <= y[i]! ? a : b;
  };
  return candidates.reduce(closer);
}
