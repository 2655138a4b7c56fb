import { isDeepStrictEqual } from 'node:util';
import type { Emit, Side } from './change.ts';
import {
  classifyEnumValue,
  classifyLimit,
  classifyProperty,
  classifyType,
  classifyValueSet,
  classifyValuesReplaced,
  LIMIT_KEYWORDS,
  typesOf,
  type Verdict,
} from './classify-keyword.ts';
import { classifyPattern } from './classify-pattern.ts';
import { describeSchema } from './describe-schema.ts';
import { branchesOf, type Compare, diffUnion, unionKeyword, unionSwitch } from './diff-union.ts';
import { child } from './json-pointer.ts';
import { mergeAllOf, type Schema } from './merge-all-of.ts';
import { classifyNullability, isTyped, type NullSplit, splitNull } from './nullability.ts';

/** Keywords that only document: a change to them is never breaking. */
export const DOC_KEYWORDS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'deprecated',
  'x-mediagen-assumption',
]);

/** Keywords this differ walks itself; any other keyword is compared as an opaque rule. */
const STRUCTURAL = new Set([
  'type',
  'enum',
  'const',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'oneOf',
  'anyOf',
  'allOf',
  'discriminator',
  'nullable',
  '$schema',
  '$id',
]);

/** x-mediagen-* facts other than assumption notes reach the report through the metadata diff. */
export function isMetadataFact(key: string): boolean {
  return (
    key.startsWith('x-mediagen-') && key !== 'x-mediagen-assumption' && !RULE_EXTENSIONS.has(key)
  );
}

/** Extensions the pre-send validator enforces like keywords (they reach metadata inside `input`). */
const RULE_EXTENSIONS = new Set(['x-mediagen-rules']);

export interface SchemaContext {
  emit: Emit;
  side: Side;
  operation?: string;
  /**
   * Pairs being compared on the current path: dereferenced specs can be cyclic. Only the path, so a
   * schema shared by two properties (one `$ref` used twice) is compared at each place it is used.
   */
  seen?: WeakMap<object, WeakSet<object>>;
}

function report(ctx: SchemaContext, pointer: string, verdict: Verdict, old: unknown, now: unknown) {
  ctx.emit({
    source: 'spec',
    pointer,
    class: verdict.class,
    reason: verdict.reason,
    ...(old === undefined ? {} : { old }),
    ...(now === undefined ? {} : { new: now }),
    ...(ctx.operation ? { operation: ctx.operation } : {}),
    side: ctx.side,
  });
}

/** Runs `compare` unless the pair is already being compared further up this path (a cycle). */
function onceOnPath(ctx: SchemaContext, a: object, b: object, compare: () => void) {
  ctx.seen ??= new WeakMap();
  const partners = ctx.seen.get(a) ?? new WeakSet();
  if (partners.has(b)) return;
  partners.add(b);
  ctx.seen.set(a, partners);
  try {
    compare();
  } finally {
    partners.delete(b);
  }
}

/** `const` is a one-value `enum`: moving between the two is compared value by value. */
function valuesOf(schema: Schema): { keyword: 'enum' | 'const'; values: unknown[] } | undefined {
  if ('const' in schema) return { keyword: 'const', values: [schema.const] };
  return Array.isArray(schema.enum) ? { keyword: 'enum', values: schema.enum } : undefined;
}

function diffValueSets(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  const was = valuesOf(before);
  const is = valuesOf(after);
  if (!was && !is) return;
  if (!was || !is) {
    const keyword = (was ?? is)!.keyword;
    const verdict = classifyValueSet(is ? 'added' : 'removed', ctx.side);
    report(ctx, `${at}/${keyword}`, verdict, before[keyword], after[keyword]);
    return;
  }
  const missing = (from: unknown[], to: unknown[]) =>
    from.filter((v) => !to.some((w) => isDeepStrictEqual(v, w)));
  const removed = missing(was.values, is.values);
  const replaced = classifyValuesReplaced(
    was.keyword,
    is.keyword,
    removed.length === was.values.length,
    ctx.side,
  );
  if (replaced) {
    report(ctx, `${at}/${is.keyword}`, replaced, before[was.keyword], after[is.keyword]);
    return;
  }
  for (const value of removed) {
    report(ctx, `${at}/${was.keyword}`, classifyEnumValue('removed', ctx.side), value, undefined);
  }
  for (const value of missing(is.values, was.values)) {
    report(ctx, `${at}/${is.keyword}`, classifyEnumValue('added', ctx.side), undefined, value);
  }
}

function diffValues(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (!isDeepStrictEqual(oldTypes, newTypes)) {
    report(ctx, `${at}/type`, classifyType(oldTypes, newTypes, ctx.side), before.type, after.type);
  }
  diffValueSets(ctx, at, before, after);
  if (!isDeepStrictEqual(before.default, after.default)) {
    const verdict: Verdict =
      ctx.side === 'request'
        ? { class: 'review', reason: 'request default changed: the server fills in another value' }
        : { class: 'non-breaking', reason: 'response default changed' };
    report(ctx, `${at}/default`, verdict, before.default, after.default);
  }
}

function diffKeywords(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (STRUCTURAL.has(key) || isMetadataFact(key)) continue;
    if (isDeepStrictEqual(before[key], after[key])) continue;
    const where = child(at, key);
    if (DOC_KEYWORDS.has(key) || (key.startsWith('x-') && !RULE_EXTENSIONS.has(key))) {
      report(
        ctx,
        where,
        { class: 'non-breaking', reason: 'docs or examples' },
        before[key],
        after[key],
      );
    } else if (key === 'pattern') {
      report(ctx, where, classifyPattern(before, after, ctx.side), before[key], after[key]);
    } else if (LIMIT_KEYWORDS.has(key)) {
      report(
        ctx,
        where,
        classifyLimit(key, before[key], after[key], ctx.side),
        before[key],
        after[key],
      );
    } else {
      // A keyword this differ does not model: fail closed where a wrong guess would let a break through.
      const verdict: Verdict =
        ctx.side === 'response'
          ? { class: 'review', reason: `response rule \`${key}\` changed` }
          : after[key] === undefined
            ? { class: 'non-breaking', reason: `request rule \`${key}\` removed` }
            : {
                class: 'breaking',
                reason: `request rule \`${key}\` changed; not proven to loosen`,
              };
      report(ctx, where, verdict, describeSchema(before[key]), describeSchema(after[key]));
    }
  }
}

function diffProperties(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  const oldProps: Schema = before.properties ?? {};
  const newProps: Schema = after.properties ?? {};
  const oldRequired = new Set<string>(before.required ?? []);
  const newRequired = new Set<string>(after.required ?? []);
  const names = new Set([
    ...Object.keys(oldProps),
    ...Object.keys(newProps),
    ...oldRequired,
    ...newRequired,
  ]);
  for (const name of names) {
    const where = child(at, 'properties', name);
    const had = name in oldProps || oldRequired.has(name);
    const has = name in newProps || newRequired.has(name);
    if (!had || !has) {
      const change = has ? 'added' : 'removed';
      const verdict = classifyProperty(change, newRequired.has(name), ctx.side);
      const value = (props: Schema) => (name in props ? describeSchema(props[name]) : undefined);
      report(ctx, where, verdict, value(oldProps), value(newProps));
      continue;
    }
    if (oldRequired.has(name) !== newRequired.has(name)) {
      const change = newRequired.has(name) ? 'made required' : 'made optional';
      report(
        ctx,
        child(at, 'required'),
        classifyProperty(change, true, ctx.side),
        oldRequired.has(name) ? name : undefined,
        newRequired.has(name) ? name : undefined,
      );
    }
    // A name still required but no longer described may hold anything: compare against `{}`.
    diffSchema(ctx, where, oldProps[name] ?? {}, newProps[name] ?? {});
  }
}

function diffAdditional(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  const oldExtra = before.additionalProperties;
  const newExtra = after.additionalProperties;
  const where = `${at}/additionalProperties`;
  if (typeof oldExtra === 'object' && typeof newExtra === 'object') {
    diffSchema(ctx, where, oldExtra, newExtra);
    return;
  }
  if (isDeepStrictEqual(oldExtra, newExtra)) return;
  const closed = newExtra === false && oldExtra !== false;
  const verdict: Verdict =
    ctx.side === 'request' && closed
      ? { class: 'breaking', reason: 'request object closed to extra fields' }
      : { class: 'non-breaking', reason: `${ctx.side} extra fields rule changed` };
  report(ctx, where, verdict, describeSchema(oldExtra), describeSchema(newExtra));
}

function diffItems(ctx: SchemaContext, at: string, before: Schema, after: Schema) {
  if (typeof before.items === 'object' && typeof after.items === 'object') {
    diffSchema(ctx, `${at}/items`, before.items, after.items);
  } else if (!isDeepStrictEqual(before.items, after.items)) {
    const verdict = classifyType(
      before.items === undefined ? undefined : new Set(['item']),
      after.items === undefined ? undefined : new Set(['item']),
      ctx.side,
    );
    report(ctx, `${at}/items`, verdict, describeSchema(before.items), describeSchema(after.items));
  }
  const oldPrefix: Schema[] = before.prefixItems ?? [];
  const newPrefix: Schema[] = after.prefixItems ?? [];
  for (let i = 0; i < Math.min(oldPrefix.length, newPrefix.length); i++) {
    diffSchema(ctx, `${at}/prefixItems/${i}`, oldPrefix[i]!, newPrefix[i]!);
  }
  if (oldPrefix.length !== newPrefix.length) {
    const verdict: Verdict = { class: 'breaking', reason: `${ctx.side} tuple length changed` };
    report(ctx, `${at}/prefixItems`, verdict, oldPrefix.length, newPrefix.length);
  }
}

/** Null allowed on one side only. Where one side says nothing of its values, the type change tells. */
function diffNullability(ctx: SchemaContext, at: string, was: NullSplit, is: NullSplit) {
  if (was.nullable === is.nullable || !isTyped(was.schema) || !isTyped(is.schema)) return;
  const keyword = (is.nullable ? is.keyword : was.keyword) ?? 'type';
  const verdict = classifyNullability(is.nullable ? 'added' : 'removed', ctx.side);
  report(
    ctx,
    `${at}/${keyword}`,
    verdict,
    was.nullable ? 'null' : undefined,
    is.nullable ? 'null' : undefined,
  );
}

/**
 * Compares one schema at two versions and emits an entry per change, classed by which way the data
 * flows: a request schema must still accept every old call, a response schema may only return what
 * old readers handle.
 */
export function diffSchema(ctx: SchemaContext, at: string, oldSchema: unknown, newSchema: unknown) {
  if (oldSchema === newSchema || isDeepStrictEqual(oldSchema, newSchema)) return;
  if (typeof oldSchema !== 'object' || typeof newSchema !== 'object' || !oldSchema || !newSchema) {
    // `true`/`false` schemas: accept anything or nothing.
    const verdict = classifyType(
      oldSchema === false ? new Set() : undefined,
      newSchema === false ? new Set() : undefined,
      ctx.side,
    );
    report(ctx, at, verdict, describeSchema(oldSchema), describeSchema(newSchema));
    return;
  }
  onceOnPath(ctx, oldSchema, newSchema, () => compareObjects(ctx, at, oldSchema, newSchema));
}

function compareObjects(ctx: SchemaContext, at: string, oldSchema: object, newSchema: object) {
  const was = splitNull(mergeAllOf(oldSchema as Schema));
  const is = splitNull(mergeAllOf(newSchema as Schema));
  diffNullability(ctx, at, was, is);
  const before = was.schema;
  const after = is.schema;
  const oldUnion = unionKeyword(before);
  const newUnion = unionKeyword(after);
  const compare: Compare = (emit, where, a, b) => diffSchema({ ...ctx, emit }, where, a, b);
  if (Boolean(oldUnion) !== Boolean(newUnion)) {
    // A union on one side only: each alternative, with its parent's keywords, against the other side.
    const union = { before: branchesOf(before, at), after: branchesOf(after, at) };
    diffUnion(ctx.emit, ctx.side, compare, { ...union, parents: [before, after] }, ctx.operation);
    return;
  }
  diffValues(ctx, at, before, after);
  diffKeywords(ctx, at, before, after);
  diffProperties(ctx, at, before, after);
  diffAdditional(ctx, at, before, after);
  diffItems(ctx, at, before, after);
  if (oldUnion && newUnion) {
    const switched = unionSwitch(before, after, ctx.side);
    if (switched) report(ctx, `${at}/${newUnion}`, switched, oldUnion, newUnion);
    const union = { before: branchesOf(before, at, true), after: branchesOf(after, at, true) };
    diffUnion(ctx.emit, ctx.side, compare, { ...union, parents: [before, after] }, ctx.operation);
  }
}
