import type { Emit } from './change.ts';
import { diffContent } from './diff-content.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { child } from './json-pointer.ts';
import type { Schema } from './merge-all-of.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const CLAIMED = new Set(['requestBody', 'responses']);

/**
 * One path item the provider calls (a webhook or a callback). Its request body is what the user's
 * handler reads, so it is compared like a response: a field removed or an enum value added is what
 * breaks or surprises the reader. Its responses are what the user answers and only document.
 */
function diffPushItem(emit: Emit, at: string, before: Schema, after: Schema, kind: string) {
  for (const method of METHODS) {
    const was = before[method];
    const is = after[method];
    if (!was && !is) continue;
    const where = child(at, method);
    const name = (is ?? was).operationId ?? where;
    if (!was || !is) {
      emit({
        source: 'spec',
        pointer: where,
        class: is ? 'non-breaking' : 'breaking',
        reason: `${kind} ${is ? 'added' : 'removed'}`,
        ...(is ? { new: name } : { old: name }),
        operation: name,
      });
      continue;
    }
    const body = `${where}/requestBody/content`;
    diffContent(emit, body, was.requestBody?.content, is.requestBody?.content, 'response', name);
    diffRemainingKeys(emit, where, was, is, CLAIMED, name);
  }
}

/** Top-level `webhooks`: event name → path item. */
export function diffWebhooks(emit: Emit, before: Schema | undefined, after: Schema | undefined) {
  const oldHooks: Schema = before?.webhooks ?? {};
  const newHooks: Schema = after?.webhooks ?? {};
  for (const name of new Set([...Object.keys(oldHooks), ...Object.keys(newHooks)])) {
    diffPushItem(
      emit,
      child('/webhooks', name),
      oldHooks[name] ?? {},
      newHooks[name] ?? {},
      'webhook',
    );
  }
}

/** An operation's `callbacks`: callback name → URL expression → path item. */
export function diffCallbacks(
  emit: Emit,
  at: string,
  before: Schema | undefined,
  after: Schema | undefined,
) {
  const oldCallbacks: Schema = before ?? {};
  const newCallbacks: Schema = after ?? {};
  for (const name of new Set([...Object.keys(oldCallbacks), ...Object.keys(newCallbacks)])) {
    const was: Schema = oldCallbacks[name] ?? {};
    const is: Schema = newCallbacks[name] ?? {};
    for (const url of new Set([...Object.keys(was), ...Object.keys(is)])) {
      diffPushItem(
        emit,
        child(at, 'callbacks', name, url),
        was[url] ?? {},
        is[url] ?? {},
        'callback',
      );
    }
  }
}
