/**
 * The flags of an operation, read from its request schema in the provider's generated metadata:
 * one field per body property, with the kind its flag value is converted to. Unions (HappyHorse's
 * single- and multi-shot bodies) contribute the properties of every branch. Pure.
 */
import type { InputSchema } from '@mediagen/runtime';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'json';

export interface Field {
  name: string;
  kind: FieldKind;
  /** The kind of each element, for arrays. */
  items?: Exclude<FieldKind, 'array'>;
  /** Allowed values where the spec lists them (for the help text; the client checks them). */
  values?: readonly unknown[];
  /** Required in every branch of the body. */
  required: boolean;
  /** A `const` the spec fixes: filled in when the field is required and not given. */
  constant?: unknown;
}

const KINDS: readonly FieldKind[] = ['string', 'number', 'integer', 'boolean', 'array'];

function branches(schema: InputSchema): InputSchema[] {
  return [schema, ...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
}

function kindOfValue(value: unknown): FieldKind {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Number.isInteger(value)) return 'integer';
  if (typeof value === 'number') return 'number';
  return 'json';
}

/** The kind a flag value is converted to: the schema's one type, else JSON. */
export function kindOf(schema: InputSchema | undefined): FieldKind {
  if (!schema) return 'json';
  const types = new Set<FieldKind>();
  for (const branch of branches(schema)) {
    const declared = typeof branch.type === 'string' ? [branch.type] : (branch.type ?? []);
    for (const type of declared)
      if (type !== 'null') types.add(KINDS.find((k) => k === type) ?? 'json');
    if (branch.const !== undefined) types.add(kindOfValue(branch.const));
    for (const value of branch.enum ?? []) if (value !== null) types.add(kindOfValue(value));
  }
  if (types.has('number') && types.has('integer')) types.delete('integer');
  return types.size === 1 ? [...types][0]! : 'json';
}

function valuesOf(schema: InputSchema): unknown[] {
  return branches(schema).flatMap((b) => [
    ...(b.enum ?? []),
    ...(b.const !== undefined ? [b.const] : []),
  ]);
}

/** Every body property of `schema`, in the order the spec gives them. */
export function fieldsOf(schema: InputSchema | undefined): Field[] {
  if (!schema) return [];
  const objects = branches(schema).filter((b) => b.properties);
  const seen = new Map<string, Field>();
  for (const object of objects) {
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      if (seen.has(name)) continue;
      const kind = kindOf(property);
      const values = [...new Set(valuesOf(property))];
      const field: Field = {
        name,
        kind,
        required: objects.every((o) => o.required?.includes(name)),
      };
      if (kind === 'array') {
        const items = kindOf(property.items);
        field.items = items === 'array' ? 'json' : items;
      }
      if (values.length > 0) field.values = values;
      if (property.const !== undefined) field.constant = property.const;
      seen.set(name, field);
    }
  }
  return [...seen.values()];
}
