import type { Emit } from './change.ts';
import { diffContent } from './diff-content.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { diffSchema } from './diff-schema.ts';
import { child } from './json-pointer.ts';
import type { OperationAt } from './list-operations.ts';
import type { Schema } from './merge-all-of.ts';

/** Links carry job facts (status and cancel targets, job id pointers): the metadata diff reports them. */
const CLAIMED = new Set(['content', 'headers', 'links']);

const isSuccess = (code: string) => code.startsWith('2');

function diffHeaders(emit: Emit, at: string, before: Schema, after: Schema, operation: string) {
  const oldHeaders: Schema = before.headers ?? {};
  const newHeaders: Schema = after.headers ?? {};
  for (const name of new Set([...Object.keys(oldHeaders), ...Object.keys(newHeaders)])) {
    const where = child(at, 'headers', name);
    if (oldHeaders[name] && newHeaders[name]) {
      diffSchema(
        { emit, side: 'response', operation },
        `${where}/schema`,
        oldHeaders[name].schema,
        newHeaders[name].schema,
      );
      continue;
    }
    emit({
      source: 'spec',
      pointer: where,
      class: newHeaders[name] ? 'non-breaking' : 'breaking',
      reason: `response header ${newHeaders[name] ? 'added' : 'removed'}`,
      ...(newHeaders[name] ? { new: name } : { old: name }),
      operation,
      side: 'response',
    });
  }
}

/**
 * Success responses make up the type a reader gets back: one added or removed changes it. Error
 * responses only document what can go wrong; their bodies are still compared field by field.
 */
export function diffResponses(emit: Emit, before: OperationAt, after: OperationAt) {
  const oldResponses: Schema = before.operation.responses ?? {};
  const newResponses: Schema = after.operation.responses ?? {};
  const operation = after.id;
  for (const code of new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])) {
    const at = child(after.pointer, 'responses', code);
    const was = oldResponses[code];
    const is = newResponses[code];
    if (!was || !is) {
      const breaking = isSuccess(code);
      emit({
        source: 'spec',
        pointer: at,
        class: breaking ? 'breaking' : 'non-breaking',
        reason: breaking
          ? `success response ${is ? 'added' : 'removed'}: the response type changed`
          : `documented error response ${is ? 'added' : 'removed'}`,
        ...(is ? { new: code } : { old: code }),
        operation,
        side: 'response',
      });
      continue;
    }
    diffContent(emit, `${at}/content`, was.content, is.content, 'response', operation);
    diffHeaders(emit, at, was, is, operation);
    diffRemainingKeys(emit, at, was, is, CLAIMED, operation);
  }
}
