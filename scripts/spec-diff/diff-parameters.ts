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
function parametersOf(at: OperationAt): Map<string, Located> {
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
  return found;
}

const CLAIMED = new Set(['name', 'in', 'required', 'schema']);

/** Parameters are request fields: a new required one or a removed one breaks existing calls. */
export function diffParameters(emit: Emit, before: OperationAt, after: OperationAt) {
  const oldParams = parametersOf(before);
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
