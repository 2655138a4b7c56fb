/**
 * Parts of a parsed multipart body whose media type is not one the spec declares for them
 * (`partMediaTypes`, from `encoding.<part>.contentType`). A file part's type is the Content-Type it
 * was sent with; a part sent without one is `text/plain`, as RFC 7578 says and undici reads it.
 */
import { mediaTypeAllowed } from '@mediagen/runtime/provider';
import { escapeSegment } from './escape-segment.js';
import type { Violation } from './violations.js';

export function partTypeViolations(
  form: FormData,
  partMediaTypes: Readonly<Record<string, readonly string[]>>,
): Violation[] {
  return Object.entries(partMediaTypes).flatMap(([part, ranges]) =>
    form
      .getAll(part)
      .map((entry) => (typeof entry === 'string' ? 'text/plain' : entry.type))
      .filter((type) => !mediaTypeAllowed(type, ranges))
      .map((type) => ({
        pointer: `/body/${escapeSegment(part)}`,
        keyword: 'contentMediaType',
        message: `part ${part} must be ${ranges.join(' or ')}, not ${type || 'untyped'}`,
      })),
  );
}
