import { type Change, collect, type Emit, type Side } from './change.ts';
import { describeSchema } from './describe-schema.ts';
import { mergeAllOf, type Schema } from './merge-all-of.ts';

/** Compares one schema pair, emitting into `emit` (diffSchema, passed in to keep this file pure). */
export type Compare = (emit: Emit, at: string, before: Schema, after: Schema) => void;

interface Branch {
  schema: Schema;
  pointer: string;
  title?: string;
}

export const unionKeyword = (s: Schema): 'oneOf' | 'anyOf' | undefined =>
  Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined;

/**
 * The alternatives a schema allows. A union's branches carry the parent's own keywords (OpenAPI
 * applies both), unless `bare`, when the parent is compared on its own; a plain schema is one branch.
 */
export function branchesOf(schema: Schema, at: string, bare = false): Branch[] {
  const keyword = unionKeyword(schema);
  if (!keyword) return [{ schema, pointer: at }];
  const { oneOf: _one, anyOf: _any, ...own } = schema;
  return (schema[keyword] as Schema[]).map((branch, i) => ({
    schema: bare ? branch : mergeAllOf({ allOf: [branch, own] }),
    pointer: `${at}/${keyword}/${i}`,
    ...(typeof branch.title === 'string' ? { title: branch.title } : {}),
  }));
}

const breakingCount = (changes: Change[]) => changes.filter((c) => c.class === 'breaking').length;

/**
 * Pairs every branch that must still be covered (old ones in a request: existing calls; new ones in
 * a response: what readers now get) with the branch that covers it best: the same title, else the
 * one with the fewest breaking differences. That branch's differences are the entries.
 */
export function diffUnion(
  emit: Emit,
  side: Side,
  compare: Compare,
  before: Branch[],
  after: Branch[],
  operation?: string,
) {
  const [mustFit, into] = side === 'request' ? [before, after] : [after, before];
  for (const branch of mustFit) {
    const trial = (other: Branch) =>
      collect((sink) =>
        side === 'request'
          ? compare(sink, other.pointer, branch.schema, other.schema)
          : compare(sink, branch.pointer, other.schema, branch.schema),
      );
    const titled = branch.title ? into.find((b) => b.title === branch.title) : undefined;
    const results = (titled ? [titled] : into).map((other) => trial(other));
    const best = results.reduce((a, b) => (breakingCount(b) < breakingCount(a) ? b : a));
    if (branch.title && !titled && breakingCount(best) > 0) {
      const removed = side === 'request';
      emit({
        source: 'spec',
        pointer: branch.pointer,
        class: 'breaking',
        reason: removed
          ? 'request variant removed'
          : 'response variant added: the response type changed',
        ...(removed
          ? { old: describeSchema(branch.schema) }
          : { new: describeSchema(branch.schema) }),
        ...(operation ? { operation } : {}),
        side,
      });
      continue;
    }
    for (const change of best) emit(change);
  }
  const unmatched = side === 'request' ? after : before;
  for (const branch of unmatched) {
    if (!branch.title || mustFit.some((b) => b.title === branch.title)) continue;
    emit({
      source: 'spec',
      pointer: branch.pointer,
      class: 'non-breaking',
      reason: side === 'request' ? 'request variant added' : 'response variant removed',
      ...(side === 'request'
        ? { new: describeSchema(branch.schema) }
        : { old: describeSchema(branch.schema) }),
      ...(operation ? { operation } : {}),
      side,
    });
  }
}

/** `oneOf` admits a value matching exactly one branch, `anyOf` one matching at least one. */
export function unionSwitch(before: Schema, after: Schema, side: Side) {
  const was = unionKeyword(before);
  const is = unionKeyword(after);
  if (!was || !is || was === is) return undefined;
  if (side === 'response')
    return { class: 'non-breaking' as const, reason: `response union is now ${is}` };
  return is === 'anyOf'
    ? { class: 'non-breaking' as const, reason: 'request union loosened: oneOf became anyOf' }
    : { class: 'breaking' as const, reason: 'request union narrowed: anyOf became oneOf' };
}
