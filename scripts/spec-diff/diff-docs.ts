import { isDeepStrictEqual } from 'node:util';
import type { Emit } from './change.ts';
import { DOC_KEYWORDS, isMetadataFact } from './diff-schema.ts';
import { child } from './json-pointer.ts';
import type { Schema } from './merge-all-of.ts';

/**
 * The keys of an object that no structural differ claimed: documentation is non-breaking; anything
 * else is listed for review rather than dropped, so the report never hides a change.
 */
export function diffRemainingKeys(
  emit: Emit,
  at: string,
  before: Schema,
  after: Schema,
  claimed: ReadonlySet<string>,
  operation?: string,
) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (claimed.has(key) || isMetadataFact(key)) continue;
    if (isDeepStrictEqual(before[key], after[key])) continue;
    const docs = DOC_KEYWORDS.has(key) || key === 'tags' || key === 'info' || key.startsWith('x-');
    emit({
      source: 'spec',
      pointer: child(at, key),
      class: docs ? 'non-breaking' : 'review',
      reason: docs ? 'docs or examples' : `\`${key}\` changed; not classified`,
      ...(before[key] === undefined ? {} : { old: summarize(before[key]) }),
      ...(after[key] === undefined ? {} : { new: summarize(after[key]) }),
      ...(operation ? { operation } : {}),
    });
  }
}

const MAX_SUMMARY = 120;

/** Scalars stay as they are; objects become short JSON (they can be large, and cyclic). */
export function summarize(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const seen = new WeakSet<object>();
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    return v;
  });
  return json.length > MAX_SUMMARY ? `${json.slice(0, MAX_SUMMARY - 1)}…` : json;
}
