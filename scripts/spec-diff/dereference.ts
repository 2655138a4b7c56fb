import type { Schema } from './merge-all-of.ts';

/** The component each dereferenced object came from (`Job` for `#/components/schemas/Job`). */
const names = new WeakMap<object, string>();

/** The name of the component a dereferenced schema was `$ref`ed from, where it was. */
export const refName = (schema: unknown): string | undefined =>
  schema && typeof schema === 'object' ? names.get(schema) : undefined;

const unescapeSegment = (segment: string) =>
  decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');

/**
 * Resolves every local `$ref` of a bundled document (the bundler has made every `$ref` local) in
 * place, as the bundler's own dereference does, but remembers each target's component name: union
 * branches are paired by it. A `$ref` with sibling keywords becomes the target with them added.
 * Targets are shared, so a cyclic schema stays a cycle.
 */
export function dereference(doc: Schema): Schema {
  const resolved = new Map<string, unknown>();
  const target = (ref: string): unknown => {
    if (resolved.has(ref)) return resolved.get(ref);
    if (!ref.startsWith('#/')) throw new Error(`${ref}: only local $refs are left after bundling`);
    const segments = ref.slice(2).split('/').map(unescapeSegment);
    let node: unknown = doc;
    for (const segment of segments) node = (node as Schema | undefined)?.[segment];
    if (node === undefined) throw new Error(`${ref} points at nothing`);
    resolved.set(ref, node);
    if (node && typeof node === 'object' && segments[0] === 'components') {
      names.set(node, segments.at(-1)!);
    }
    const value = walk(node);
    resolved.set(ref, value);
    return value;
  };
  const seen = new Set<object>();
  const walk = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node;
    const object = node as Schema;
    if (typeof object.$ref === 'string') {
      const { $ref, ...siblings } = object;
      const to = target($ref);
      if (Object.keys(siblings).length === 0) return to;
      const merged = { ...(to as Schema), ...(walk(siblings) as Schema) };
      const name = refName(to);
      if (name) names.set(merged, name);
      return merged;
    }
    if (seen.has(object)) return object;
    seen.add(object);
    for (const [key, value] of Object.entries(object)) object[key] = walk(value);
    return object;
  };
  return walk(doc) as Schema;
}
