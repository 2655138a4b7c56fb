import { type Change, collect, type Emit, type Side } from './change.ts';
import type { Verdict } from './classify-keyword.ts';
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

/** One union diff in progress: where entries go, which way data flows, both versions tagged. */
interface UnionWalk extends UnionPair {
  emit: Emit;
  side: Side;
  compare: Compare;
  operation?: string;
}

const label = (b: Branch) => b.name ?? b.pointer.split('/').at(-1);

function variantEntry(walk: UnionWalk, branch: Branch, verdict: Verdict, value: 'old' | 'new') {
  walk.emit({
    source: 'spec',
    pointer: branch.pointer,
    ...verdict,
    [value]: describeSchema(branch.schema),
    ...(walk.operation ? { operation: walk.operation } : {}),
    side: walk.side,
  });
}

/** `branch` (old in a request, new in a response) against each candidate, in the data's direction. */
function trialsOf({ side, compare }: UnionWalk, branch: Branch, into: Branch[]) {
  const trial = (other: Branch) =>
    collect((sink) =>
      side === 'request'
        ? compare(sink, other.pointer, branch.schema, other.schema)
        : compare(sink, branch.pointer, other.schema, branch.schema),
    );
  return new Map(into.map((other) => [other, trial(other)]));
}

/** A request `oneOf` takes exactly one branch: an old body shape that fits more is refused. */
function reportOverlap(walk: UnionWalk, branch: Branch, results: Map<Branch, Change[]>) {
  const into = [...results.keys()];
  const fits = into.filter((other) => accepts(results.get(other)!));
  const fitsBefore = () =>
    walk.before.filter((other) =>
      accepts(collect((sink) => walk.compare(sink, other.pointer, branch.schema, other.schema))),
    ).length;
  const found = classifyOverlap(branch, fits, into, unionKeyword(walk.parents[0]), fitsBefore);
  if (!found) return;
  walk.emit({
    source: 'spec',
    pointer: unionPointer(found.branches[0]!),
    ...found.verdict,
    old: describeSchema(branch.schema),
    new: found.branches.map(label).join(', '),
    ...(walk.operation ? { operation: walk.operation } : {}),
    side: walk.side,
  });
}

/** Branches on the other side no branch paired with: request variants added, response ones removed. */
function reportUnpaired(walk: UnionWalk, paired: Set<Branch>) {
  const request = walk.side === 'request';
  // Folded into one response schema, old variants are not removed: that schema may send them all.
  if (!request && !unionKeyword(walk.parents[1])) return;
  for (const branch of request ? walk.after : walk.before) {
    if (paired.has(branch)) continue;
    const verdict: Verdict = {
      class: 'non-breaking',
      reason: request ? 'request variant added' : 'response variant removed',
    };
    variantEntry(walk, branch, verdict, request ? 'new' : 'old');
  }
}

/**
 * Pairs every branch that must still be covered (old ones in a request: existing calls; new ones in
 * a response: what readers now get) with its counterpart: the same discriminator value or const
 * tag, else the same component name or title, else the closest shape. That pair's differences are
 * the entries; a branch whose identity has no counterpart is a variant removed (request) or added
 * (response), whatever its shape. A request `oneOf` takes exactly one branch, so an old body that
 * now fits two or more is refused.
 */
export function diffUnion(
  emit: Emit,
  side: Side,
  compare: Compare,
  union: UnionPair,
  operation?: string,
) {
  const walk: UnionWalk = {
    emit,
    side,
    compare,
    ...(operation ? { operation } : {}),
    ...tagged(union),
  };
  const [mustFit, into] =
    side === 'request' ? [walk.before, walk.after] : [walk.after, walk.before];
  const paired = new Set<Branch>();
  for (const branch of mustFit) {
    const partner = pairByIdentity(branch, into);
    if (partner === null) {
      const verdict: Verdict =
        side === 'request'
          ? { class: 'breaking', reason: 'request variant removed' }
          : { class: 'breaking', reason: 'response variant added: the response type changed' };
      variantEntry(walk, branch, verdict, side === 'request' ? 'old' : 'new');
      continue;
    }
    const results = trialsOf(walk, branch, into);
    const best = partner ?? closestByShape(branch, into, results);
    paired.add(best);
    for (const change of results.get(best)!) emit(change);
    if (side === 'request' && walk.parents[1].oneOf) reportOverlap(walk, branch, results);
  }
  reportUnpaired(walk, paired);
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
