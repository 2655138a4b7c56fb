import type { Side } from './change.ts';
import type { Verdict } from './classify-keyword.ts';
import { mergeAllOf, type Schema } from './merge-all-of.ts';

/** A schema with `null` taken out, whether null was allowed, and the keyword that spelled it. */
export interface NullSplit {
  schema: Schema;
  nullable: boolean;
  /** `type`, `nullable`, `enum` or `oneOf`/`anyOf`: where the report points. */
  keyword?: string;
}

const isNullOnly = (s: unknown): boolean => {
  if (!s || typeof s !== 'object') return false;
  const schema = s as Schema;
  if (schema.type === 'null') return true;
  if ('const' in schema) return schema.const === null;
  return (
    Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((v) => v === null)
  );
};

function fromType(schema: Schema): NullSplit | undefined {
  if (!Array.isArray(schema.type) || !schema.type.includes('null')) return undefined;
  const rest = schema.type.filter((t: unknown) => t !== 'null');
  if (rest.length === 0) return undefined;
  return {
    schema: { ...schema, type: rest.length === 1 ? rest[0] : rest },
    nullable: true,
    keyword: 'type',
  };
}

function fromNullable(schema: Schema): NullSplit | undefined {
  if (!('nullable' in schema)) return undefined;
  const { nullable, ...rest } = schema;
  return {
    schema: rest,
    nullable: nullable === true,
    ...(nullable === true ? { keyword: 'nullable' } : {}),
  };
}

function fromEnum(schema: Schema): NullSplit | undefined {
  if (!Array.isArray(schema.enum) || !schema.enum.includes(null)) return undefined;
  const rest = schema.enum.filter((v: unknown) => v !== null);
  if (rest.length === 0) return undefined;
  return { schema: { ...schema, enum: rest }, nullable: true, keyword: 'enum' };
}

/** `oneOf: [X, {type: 'null'}]`: null as a branch. The branches left stay a union, or one folds. */
function fromUnion(schema: Schema): NullSplit | undefined {
  const keyword = Array.isArray(schema.oneOf)
    ? 'oneOf'
    : Array.isArray(schema.anyOf)
      ? 'anyOf'
      : undefined;
  if (!keyword || !schema[keyword].some(isNullOnly)) return undefined;
  const rest = (schema[keyword] as Schema[]).filter((b) => !isNullOnly(b));
  if (rest.length === 0) return undefined;
  const { [keyword]: _branches, ...own } = schema;
  const folded =
    rest.length === 1 ? mergeAllOf({ allOf: [rest[0]!, own] }) : { ...own, [keyword]: rest };
  return { schema: folded, nullable: true, keyword };
}

/**
 * Null in every spelling a spec uses: 3.1's `type: [T, 'null']`, `null` among `enum` values, a
 * `{type: 'null'}` branch of `oneOf`/`anyOf`, and 3.0's `nullable: true`. The rest of the schema is
 * compared on its own, so a spelling change (`nullable` → `type` array) is no change at all.
 */
export function splitNull(schema: Schema): NullSplit {
  let split: NullSplit = { schema, nullable: false };
  for (const step of [fromNullable, fromType, fromEnum, fromUnion]) {
    const found = step(split.schema);
    if (!found) continue;
    split = {
      schema: found.schema,
      nullable: split.nullable || found.nullable,
      ...((split.keyword ?? found.keyword) ? { keyword: split.keyword ?? found.keyword } : {}),
    };
  }
  return split;
}

/** Whether a schema says which values it takes; one that does not (`{}`) takes null already. */
export const isTyped = (schema: Schema) =>
  schema.type !== undefined ||
  'const' in schema ||
  Array.isArray(schema.enum) ||
  Array.isArray(schema.oneOf) ||
  Array.isArray(schema.anyOf);

/** A request must still take null where it did; a response must not start sending it. */
export function classifyNullability(change: 'added' | 'removed', side: Side): Verdict {
  if (side === 'request') {
    return change === 'removed'
      ? { class: 'breaking', reason: 'request no longer accepts null' }
      : { class: 'non-breaking', reason: 'request now accepts null' };
  }
  return change === 'added'
    ? { class: 'breaking', reason: 'response may now be null' }
    : { class: 'non-breaking', reason: 'response no longer null' };
}
