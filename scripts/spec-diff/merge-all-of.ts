// biome-ignore lint/suspicious/noExplicitAny: a dereferenced JSON Schema is untyped JSON.
export type Schema = Record<string, any>;

/**
 * Folds `allOf` branches into one schema, so moving a field between a branch and its parent is not
 * reported as a removal plus an addition. Properties merge by name, `required` lists concatenate,
 * any other keyword keeps the first value met (the branch order of the spec).
 */
export function mergeAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...own } = schema;
  const parts = [own, ...allOf.map((part: Schema) => mergeAllOf(part))];
  const merged: Schema = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties') merged.properties = { ...value, ...merged.properties };
      else if (key === 'required') merged.required = [...(merged.required ?? []), ...value];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}
