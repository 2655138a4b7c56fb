import { type Change, collect, type Emit, type Side } from './change.ts';
import { refName } from './dereference.ts';
import { describeSchema } from './describe-schema.ts';
import { mergeAllOf, type Schema } from './merge-all-of.ts';
import { accepts, classifyOverlap } from './union-overlap.ts';
import {
  type Branch,
  closestByShape,
  pairByIdentity,
  tagOf,
  tagProperty,
} from './union-pairing.ts';

/** Compares one schema pair, emitting into `emit` (diffSchema, passed in to keep this file pure). */
export type Compare = (emit: Emit, at: string, before: Schema, after: Schema) => void;

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
  return (schema[keyword] as Schema[]).map((branch, i) => {
    const name = refName(branch) ?? (typeof branch.title === 'string' ? branch.title : undefined);
    return {
      schema: bare ? branch : mergeAllOf({ allOf: [branch, own] }),
      pointer: `${at}/${keyword}/${i}`,
      ...(name ? { name } : {}),
    };
  });
}

/** Both versions of a union: its branches and the schemas that hold them. */
export interface UnionPair {
  before: Branch[];
  after: Branch[];
  parents: [before: Schema, after: Schema];
}

const unionPointer = (branch: Branch) => branch.pointer.replace(/\/\d+$/, '');

function tagged(pair: UnionPair): UnionPair {
  const property = tagProperty(pair.parents, [pair.before, pair.after]);
  const tag = (b: Branch) => {
    const value = tagOf(b, property, pair.parents);
    return value === undefined ? b : { ...b, tag: value };
  };
  return { ...pair, before: pair.before.map(tag), after: pair.after.map(tag) };
}

/**
 * Pairs every branch that must still be covered (old ones in a request: existing calls; new ones in
 * a response: what readers now get) with its counterpart: the same discriminator value or const
 * tag, else the same component name or title, else the branch with the fewest breaking
 * differences. That pair's differences are the entries; a branch whose identity has no counterpart
 * is a variant removed (request) or added (response). A request `oneOf` takes exactly one branch,
 * so an old body that now fits two or more is refused.
 */
export function diffUnion(
  emit: Emit,
  side: Side,
  compare: Compare,
  union: UnionPair,
  operation?: string,
) {
  const { before, after, parents } = tagged(union);
  const [mustFit, into] = side === 'request' ? [before, after] : [after, before];
  const paired = new Set<Branch>();
  const entry = (branch: Branch, change: Omit<Change, 'source' | 'pointer' | 'side'>) =>
    emit({
      source: 'spec',
      pointer: branch.pointer,
      ...change,
      ...(operation ? { operation } : {}),
      side,
    });
  for (const branch of mustFit) {
    const trial = (other: Branch) =>
      collect((sink) =>
        side === 'request'
          ? compare(sink, other.pointer, branch.schema, other.schema)
          : compare(sink, branch.pointer, other.schema, branch.schema),
      );
    const partner = pairByIdentity(branch, into);
    if (partner === null) {
      const removed = side === 'request';
      entry(branch, {
        class: 'breaking',
        reason: removed
          ? 'request variant removed'
          : 'response variant added: the response type changed',
        ...(removed
          ? { old: describeSchema(branch.schema) }
          : { new: describeSchema(branch.schema) }),
      });
      continue;
    }
    const results = new Map(into.map((other) => [other, trial(other)]));
    const best = partner ?? closestByShape(branch, into, results);
    paired.add(best);
    for (const change of results.get(best)!) emit(change);
    if (side !== 'request' || !parents[1].oneOf) continue;
    const fits = into.filter((other) => accepts(results.get(other)!));
    const fitsBefore = () =>
      before.filter((other) =>
        accepts(collect((sink) => compare(sink, other.pointer, branch.schema, other.schema))),
      ).length;
    const found = classifyOverlap(branch, fits, into, unionKeyword(parents[0]), fitsBefore);
    if (!found) continue;
    emit({
      source: 'spec',
      pointer: unionPointer(found.branches[0]!),
      ...found.verdict,
      old: describeSchema(branch.schema),
      new: found.branches.map((b) => b.name ?? b.pointer.split('/').at(-1)).join(', '),
      ...(operation ? { operation } : {}),
      side,
    });
  }
  const unmatched = side === 'request' ? after : before;
  // Folded into one response schema, old variants are not removed: that schema may send them all.
  if (side === 'response' && !unionKeyword(parents[1])) return;
  for (const branch of unmatched) {
    if (paired.has(branch)) continue;
    const added = side === 'request';
    entry(branch, {
      class: 'non-breaking',
      reason: added ? 'request variant added' : 'response variant removed',
      ...(added ? { new: describeSchema(branch.schema) } : { old: describeSchema(branch.schema) }),
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
