/**
 * An extension's object value without its `x-mediagen-assumption` notes. A key it does not know, or
 * a required one it lacks, fails here: a typo in the spec would otherwise be ignored without notice.
 */
export function extensionObject(
  where: string,
  value: unknown,
  keys: readonly string[],
  required: readonly string[] = [],
): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: must be an object with ${keys.join(', ')}`);
  }
  const { 'x-mediagen-assumption': _note, ...own } = value as Record<string, unknown>;
  const unknown = Object.keys(own).filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new Error(`${where}: unknown key ${unknown.join(', ')}; it takes ${keys.join(', ')}`);
  }
  const missing = required.filter((k) => own[k] === undefined);
  if (missing.length > 0) throw new Error(`${where}: needs ${missing.join(', ')}`);
  return own;
}
