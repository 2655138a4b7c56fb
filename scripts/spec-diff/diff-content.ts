import type { Emit, Side } from './change.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { diffSchema } from './diff-schema.ts';
import { child } from './json-pointer.ts';
import type { Schema } from './merge-all-of.ts';

const CLAIMED = new Set(['schema']);

/**
 * A request body's or response's `content` map: a media type that disappears breaks whoever used
 * it; one that appears is an addition. Each media type's schema is compared in the data's direction.
 */
export function diffContent(
  emit: Emit,
  at: string,
  before: Schema | undefined,
  after: Schema | undefined,
  side: Side,
  operation: string,
) {
  const oldContent: Schema = before ?? {};
  const newContent: Schema = after ?? {};
  for (const media of new Set([...Object.keys(oldContent), ...Object.keys(newContent)])) {
    const where = child(at, media);
    const was = oldContent[media];
    const is = newContent[media];
    if (!was || !is) {
      emit({
        source: 'spec',
        pointer: where,
        class: is ? 'non-breaking' : 'breaking',
        reason: `${side} media type ${is ? 'added' : 'removed'}`,
        ...(was ? { old: media } : { new: media }),
        operation,
        side,
      });
      continue;
    }
    diffSchema({ emit, side, operation }, `${where}/schema`, was.schema, is.schema);
    diffRemainingKeys(emit, where, was, is, CLAIMED, operation);
  }
}
