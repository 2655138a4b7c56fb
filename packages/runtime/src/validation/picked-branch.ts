import type { InputSchema } from '../provider-metadata.js';
import { jsonEqual, typeOf } from './json-value.js';

const only = (matching: number[]) => (matching.length === 1 ? matching[0] : undefined);

/** The one branch whose `const` properties the value matches, where exactly one does. */
function byConst(branches: readonly InputSchema[], value: unknown): number | undefined {
  if (typeOf(value) !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  return only(
    branches.flatMap((branch, i) => {
      const consts = Object.entries(branch.properties ?? {}).filter(
        ([, p]) => p.const !== undefined,
      );
      const all = consts.every(([key, p]) => jsonEqual(object[key], p.const));
      return consts.length > 0 && all ? [i] : [];
    }),
  );
}

/** The one branch whose `type` admits the value's, such as the object form of a URL-or-object. */
function byType(branches: readonly InputSchema[], value: unknown): number | undefined {
  const type = typeOf(value);
  const admits = (declared: string) =>
    declared === type || (declared === 'number' && type === 'integer');
  return only(
    branches.flatMap((branch, i) =>
      branch.type !== undefined && [branch.type].flat().some(admits) ? [i] : [],
    ),
  );
}

/** The branch a value that fits none was meant for: by its `const` fields, else by its type. */
export function pickedBranch(branches: readonly InputSchema[], value: unknown): number | undefined {
  return byConst(branches, value) ?? byType(branches, value);
}
