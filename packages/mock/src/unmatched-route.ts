/**
 * A request no operation of the spec answers, refused in the provider's own error shape, never
 * with Prism's `NO_PATH_MATCHED_ERROR`: the documented 404 (one named like `notFound` first), or
 * the shape of another documented error with `NOT_FOUND` (see `error-in-shape.ts`). A path that
 * exists under other methods gets `Allow` and a 404 too, or the documented 405 where there is one.
 */
import type { ProviderMetadata } from '@mediagen/runtime';
import type { Answer } from './answer.js';
import { documentedError, errorInShape } from './error-in-shape.js';
import type { SpecDocument } from './spec-document.js';

const NOT_FOUND = /^not.?found$/i;

export function unmatchedRoute(
  doc: SpecDocument,
  metadata: Pick<ProviderMetadata, 'errors'> | undefined,
  method: string,
  pathname: string,
  allowed: readonly string[],
): Answer {
  // A wrong method is a 405 only where the spec documents one; servers often say 404 for it.
  const wrongMethod = allowed.length > 0 && documentedError(doc, 405) !== undefined;
  return errorInShape(doc, metadata, {
    status: wrongMethod ? 405 : 404,
    code: 'NOT_FOUND',
    preferred: NOT_FOUND,
    detail:
      allowed.length > 0
        ? `${method} is not a method of ${pathname}; it takes ${allowed.join(', ')}`
        : `no route ${method} ${pathname} in this API`,
    ...(allowed.length > 0 ? { headers: { allow: allowed.join(', ') } } : {}),
  });
}
