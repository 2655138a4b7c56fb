import { isDeepStrictEqual } from 'node:util';
import type { ProviderMetadata } from '../../packages/runtime/src/provider-metadata.ts';
import { type Change, collect, type Emit } from './change.ts';
import { classifyMetadata } from './classify-metadata.ts';
import { child } from './json-pointer.ts';

/**
 * Restated from the spec, which the spec diff already classifies with more context: the validator's
 * input schema, parameter locations, routes and auth.
 */
const RESTATED = new Set(['input', 'parameters', 'method', 'path', 'auth']);
/** At the root: the auth header (from the security scheme), the route table, and the operations. */
const RESTATED_ROOT = new Set(['auth', 'routes', 'operations']);

/** The facts left to compare, as plain JSON: every key but the restated ones. */
function withoutRestated(value: object, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarList = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);

function entry(emit: Emit, pointer: string, old: unknown, now: unknown) {
  const verdict = classifyMetadata(pointer, old, now);
  const operation = /^\/operations\/([^/]+)/
    .exec(pointer)?.[1]
    ?.replaceAll('~1', '/')
    .replaceAll('~0', '~');
  emit({
    source: 'metadata',
    pointer,
    ...verdict,
    ...(old === undefined ? {} : { old }),
    ...(now === undefined ? {} : { new: now }),
    ...(operation ? { operation } : {}),
  });
}

function walk(emit: Emit, at: string, before: unknown, after: unknown) {
  if (isDeepStrictEqual(before, after)) return;
  if (isScalarList(before) && isScalarList(after)) {
    // States, statuses and outputs are sets: one entry per value that came or went.
    for (const value of before) if (!after.includes(value)) entry(emit, at, value, undefined);
    for (const value of after) if (!before.includes(value)) entry(emit, at, undefined, value);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(emit, child(at, key), before[key], after[key]);
    }
    return;
  }
  entry(emit, at, before, after);
}

/**
 * The job behaviour the generated metadata declares. Operations only on one side are the spec
 * diff's (added or removed); for the rest every changed fact is one entry.
 */
export function diffMetadata(
  before: ProviderMetadata | undefined,
  after: ProviderMetadata | undefined,
): Change[] {
  if (!before || !after) return [];
  return collect((emit) => {
    walk(emit, '', withoutRestated(before, RESTATED_ROOT), withoutRestated(after, RESTATED_ROOT));
    for (const [id, was] of Object.entries(before.operations)) {
      const is = after.operations[id];
      if (!is) continue;
      walk(
        emit,
        child('/operations', id),
        withoutRestated(was, RESTATED),
        withoutRestated(is, RESTATED),
      );
    }
  });
}
