import { type Change, collect } from './change.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { diffOperations } from './diff-operations.ts';
import { diffWebhooks } from './diff-pushes.ts';
import { diffSecuritySchemes } from './diff-security.ts';
import type { Schema } from './merge-all-of.ts';

/**
 * Compared through the operations that use them (components), or through the metadata diff
 * (servers become `baseUrl`). Everything else left is listed, never dropped.
 */
const CLAIMED = new Set(['paths', 'components', 'security', 'servers', 'webhooks']);

/** Two dereferenced specs; `undefined` for a side where the spec does not exist. */
export function diffSpec(before: Schema | undefined, after: Schema | undefined): Change[] {
  return collect((emit) => {
    diffOperations(emit, before, after);
    diffSecuritySchemes(emit, before, after);
    diffWebhooks(emit, before, after);
    if (before && after) diffRemainingKeys(emit, '', before, after, CLAIMED);
  });
}
