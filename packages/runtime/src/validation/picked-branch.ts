import type { InputSchema } from '../provider-metadata.js';
import { jsonEqual, typeOf } from './json-value.js';

/** The one branch whose `const` properties the value matches, where exactly one does. */
export function pickedBranch(branches: readonly InputSchema[], value: unknown): number | undefined {
  if (typeOf(value) !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  const matching = branches.flatMap((branch, i) => {
    const consts = Object.entries(branch.properties ?? {}).filter(([, p]) => p.const !== undefined);
    const all = consts.every(([key, p]) => jsonEqual(object[key], p.const));
    return consts.length > 0 && all ? [i] : [];
  });
  return matching.length === 1 ? matching[0] : undefined;
}
