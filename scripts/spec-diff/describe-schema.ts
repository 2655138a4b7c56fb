// biome-ignore lint/suspicious/noExplicitAny: a dereferenced JSON Schema is untyped JSON.
type Schema = Record<string, any>;

/**
 * A short, acyclic stand-in for a schema in a report entry: the dereferenced spec can be cyclic and
 * large, and a reader wants `string enum(pro, std)`, not the subtree.
 */
export function describeSchema(schema: unknown): string | boolean | undefined {
  if (schema === undefined || typeof schema === 'boolean') return schema as boolean | undefined;
  if (Array.isArray(schema)) return `[${schema.map((s) => describeSchema(s)).join(', ')}]`;
  if (typeof schema !== 'object' || schema === null) return JSON.stringify(schema);
  const s = schema as Schema;
  const parts: string[] = [];
  if (typeof s.title === 'string') parts.push(s.title);
  if (s.type !== undefined) parts.push([s.type].flat().join('|'));
  if ('const' in s) parts.push(`const ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum))
    parts.push(`enum(${s.enum.map((v: unknown) => JSON.stringify(v)).join(', ')})`);
  if (s.properties) parts.push(`{${Object.keys(s.properties).join(', ')}}`);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(s[key])) parts.push(`${key}(${s[key].length})`);
  }
  return parts.length ? parts.join(' ') : 'schema';
}
