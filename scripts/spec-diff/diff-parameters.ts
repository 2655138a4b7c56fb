import { isDeepStrictEqual } from 'node:util';
import type { Emit } from './change.ts';
import { classifyProperty } from './classify-keyword.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { diffSchema } from './diff-schema.ts';
import type { OperationAt } from './list-operations.ts';
import type { Schema } from './merge-all-of.ts';

interface Located {
  parameter: Schema;
  pointer: string;
}

/** An operation's parameters by `in:name`; its own override the path item's (as OpenAPI says). */
function parametersOf(
  at: OperationAt,
  renames: readonly [string, string][] = [],
): Map<string, Located> {
  const pathItem = at.pointer.slice(0, at.pointer.lastIndexOf('/'));
  const found = new Map<string, Located>();
  at.pathParameters.forEach((parameter, i) => {
    found.set(`${parameter.in}:${parameter.name}`, {
      parameter,
      pointer: `${pathItem}/parameters/${i}`,
    });
  });
  (at.operation.parameters ?? []).forEach((parameter: Schema, i: number) => {
    found.set(`${parameter.in}:${parameter.name}`, {
      parameter,
      pointer: `${at.pointer}/parameters/${i}`,
    });
  });
  // An old path variable is keyed by its new name, so a renamed one is compared, not removed and added.
  for (const [from, to] of renames) {
    const located = found.get(`path:${from}`);
    found.delete(`path:${from}`);
    if (located) found.set(`path:${to}`, located);
  }
  return found;
}

/**
 * A path template variable renamed (`/jobs/{id}` → `/jobs/{jobId}`): the generated client names a
 * declared path parameter after it, so callers that pass `id` break. An undeclared one has no name
 * in the client.
 */
function diffRenames(
  emit: Emit,
  before: OperationAt,
  after: OperationAt,
  renames: readonly [string, string][],
) {
  const oldParams = parametersOf(before);
  const newParams = parametersOf(after);
  for (const [from, to] of renames) {
    const declared = oldParams.has(`path:${from}`) || newParams.has(`path:${to}`);
    emit({
      source: 'spec',
      pointer: newParams.get(`path:${to}`)?.pointer ?? after.pointer,
      class: declared ? 'breaking' : 'non-breaking',
      reason: declared
        ? "path parameter renamed: the generated client's parameter name changes"
        : 'path template variable renamed; no declared parameter carries its name',
      old: from,
      new: to,
      operation: after.id,
      side: 'request',
    });
  }
}

const CLAIMED = new Set(['name', 'in', 'required', 'schema']);

/**
 * Parameters are request fields: a new required one or a removed one breaks existing calls.
 * `renames` are the path template variables renamed between the two operations' paths.
 */
export function diffParameters(
  emit: Emit,
  before: OperationAt,
  after: OperationAt,
  renames: readonly [string, string][] = [],
) {
  diffRenames(emit, before, after, renames);
  const oldParams = parametersOf(before, renames);
  const newParams = parametersOf(after);
  const operation = after.id;
  const entry = (
    pointer: string,
    verdict: { class: 'breaking' | 'non-breaking' | 'review'; reason: string },
    old?: unknown,
    now?: unknown,
  ) =>
    emit({
      source: 'spec',
      pointer,
      ...verdict,
      reason: verdict.reason.replace('field', 'parameter'),
      ...(old === undefined ? {} : { old }),
      ...(now === undefined ? {} : { new: now }),
      operation,
      side: 'request',
    });
  for (const key of new Set([...oldParams.keys(), ...newParams.keys()])) {
    const was = oldParams.get(key);
    const is = newParams.get(key);
    if (!was || !is) {
      const required = Boolean(is?.parameter.required);
      const verdict = classifyProperty(is ? 'added' : 'removed', required, 'request');
      entry((is ?? was)!.pointer, verdict, was && key, is && key);
      continue;
    }
    if (isDeepStrictEqual(was.parameter, is.parameter)) continue;
    if (Boolean(was.parameter.required) !== Boolean(is.parameter.required)) {
      const change = is.parameter.required ? 'made required' : 'made optional';
      entry(
        `${is.pointer}/required`,
        classifyProperty(change, true, 'request'),
        Boolean(was.parameter.required),
        Boolean(is.parameter.required),
      );
    }
    diffSchema(
      { emit, side: 'request', operation },
      `${is.pointer}/schema`,
      was.parameter.schema,
      is.parameter.schema,
    );
    diffRemainingKeys(emit, is.pointer, was.parameter, is.parameter, CLAIMED, operation);
  }
}
