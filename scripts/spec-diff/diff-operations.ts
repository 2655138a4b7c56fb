import type { Emit } from './change.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { diffParameters } from './diff-parameters.ts';
import { diffCallbacks } from './diff-pushes.ts';
import { diffRequestBody } from './diff-request-body.ts';
import { diffResponses } from './diff-responses.ts';
import { diffOperationSecurity } from './diff-security.ts';
import { listOperations, type OperationAt } from './list-operations.ts';
import type { Schema } from './merge-all-of.ts';
import { routeShape, templateRenames } from './path-template.ts';

const CLAIMED = new Set([
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'security',
  'callbacks',
]);

const route = (at: OperationAt) => `${at.method.toUpperCase()} ${at.path}`;

/**
 * Pairs operations by operationId, then what is left by method and path (a renamed id), the path's
 * template variables unnamed (a renamed variable is a parameter rename, not another operation).
 */
function pairOperations(before: Map<string, OperationAt>, after: Map<string, OperationAt>) {
  const pairs: [OperationAt, OperationAt][] = [];
  const removed = new Map(before);
  const added = new Map(after);
  for (const [id, was] of before) {
    const is = after.get(id);
    if (!is) continue;
    pairs.push([was, is]);
    removed.delete(id);
    added.delete(id);
  }
  for (const [id, was] of removed) {
    const shape = routeShape(was.method, was.path);
    const renamed =
      [...added.values()].find((is) => route(is) === route(was)) ??
      [...added.values()].find((is) => routeShape(is.method, is.path) === shape);
    if (!renamed) continue;
    pairs.push([was, renamed]);
    removed.delete(id);
    added.delete(renamed.id);
  }
  return { pairs, removed: [...removed.values()], added: [...added.values()] };
}

function diffPair(
  emit: Emit,
  before: { doc: Schema; at: OperationAt },
  after: { doc: Schema; at: OperationAt },
) {
  const was = before.at;
  const is = after.at;
  const renames = was.method === is.method ? templateRenames(was.path, is.path) : undefined;
  if (route(was) !== route(is) && !renames) {
    emit({
      source: 'spec',
      pointer: was.pointer,
      class: 'breaking',
      reason: 'path or method changed',
      old: route(was),
      new: route(is),
      operation: is.id,
    });
  }
  if (was.operation.operationId !== is.operation.operationId) {
    emit({
      source: 'spec',
      pointer: `${is.pointer}/operationId`,
      class: 'breaking',
      reason: 'operationId changed: its generated type names change',
      old: was.id,
      new: is.id,
      operation: is.id,
    });
  }
  diffParameters(emit, was, is, renames ?? []);
  diffRequestBody(emit, was, is);
  diffResponses(emit, was, is);
  diffOperationSecurity(emit, before, after);
  diffCallbacks(emit, is.pointer, was.operation.callbacks, is.operation.callbacks);
  diffRemainingKeys(emit, is.pointer, was.operation, is.operation, CLAIMED, is.id);
}

/** Every operation of two dereferenced specs: removed, added, moved, or changed inside. */
export function diffOperations(emit: Emit, before: Schema | undefined, after: Schema | undefined) {
  const { pairs, removed, added } = pairOperations(listOperations(before), listOperations(after));
  for (const was of removed) {
    emit({
      source: 'spec',
      pointer: was.pointer,
      class: 'breaking',
      reason: 'operation removed',
      old: `${route(was)} (${was.id})`,
      operation: was.id,
    });
  }
  for (const is of added) {
    emit({
      source: 'spec',
      pointer: is.pointer,
      class: 'non-breaking',
      reason: 'operation added',
      new: `${route(is)} (${is.id})`,
      operation: is.id,
    });
  }
  for (const [was, is] of pairs)
    diffPair(emit, { doc: before ?? {}, at: was }, { doc: after ?? {}, at: is });
}
