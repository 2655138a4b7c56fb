import type { Emit } from './change.ts';
import { diffContent } from './diff-content.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import type { OperationAt } from './list-operations.ts';

const CLAIMED = new Set(['content', 'required']);

/** A body that becomes required, or disappears, breaks existing calls. */
export function diffRequestBody(emit: Emit, before: OperationAt, after: OperationAt) {
  const was = before.operation.requestBody;
  const is = after.operation.requestBody;
  const at = `${after.pointer}/requestBody`;
  const operation = after.id;
  if (!was && !is) return;
  const entry = (breaking: boolean, reason: string, old: unknown, now: unknown) =>
    emit({
      source: 'spec',
      pointer: at,
      class: breaking ? 'breaking' : 'non-breaking',
      reason,
      ...(old === undefined ? {} : { old }),
      ...(now === undefined ? {} : { new: now }),
      operation,
      side: 'request',
    });
  if (!was || !is) {
    const required = Boolean(is?.required);
    if (is)
      entry(
        required,
        required ? 'new required request body' : 'optional request body added',
        undefined,
        required ? 'required' : 'optional',
      );
    else entry(true, 'request body removed', was.required ? 'required' : 'optional', undefined);
    return;
  }
  if (Boolean(was.required) !== Boolean(is.required)) {
    const required = Boolean(is.required);
    entry(
      required,
      required ? 'request body made required' : 'request body made optional',
      Boolean(was.required),
      required,
    );
  }
  diffContent(emit, `${at}/content`, was.content, is.content, 'request', operation);
  diffRemainingKeys(emit, at, was, is, CLAIMED, operation);
}
