import type { RequestBody } from './openapi-document.ts';

const MEDIA_RANGE = /^[a-z0-9!#$&^_.+-]+\/([a-z0-9!#$&^_.+-]+|\*)$|^\*\/\*$/;

/**
 * Each multipart part's allowed media types, from OpenAPI's `encoding.<part>.contentType` (a
 * comma-separated list of types or ranges such as `audio/*`). Only multipart and form bodies have
 * parts; a range that is not `type/subtype`, or a part the body's schema does not name, fails here,
 * so a typo in the spec cannot leave a part unchecked.
 */
export function partMediaTypesOf(
  where: string,
  requestBody: RequestBody | undefined,
): { partMediaTypes?: Record<string, string[]> } {
  const parts: Record<string, string[]> = {};
  for (const [mediaType, media] of Object.entries(requestBody?.content ?? {})) {
    if (!/^multipart\//i.test(mediaType)) continue;
    const named = media.schema?.properties;
    for (const [part, encoding] of Object.entries(media.encoding ?? {})) {
      if (typeof encoding?.contentType !== 'string') continue;
      if (named && !(part in named)) {
        throw new Error(
          `${where}: encoding names part ${part}, which the ${mediaType} schema does not`,
        );
      }
      const ranges = encoding.contentType.split(',').map((r) => r.trim().toLowerCase());
      const bad = ranges.find((r) => !MEDIA_RANGE.test(r));
      if (bad !== undefined) {
        throw new Error(
          `${where}: encoding.${part}.contentType has ${JSON.stringify(bad)}, not a media type or range such as audio/* or image/png`,
        );
      }
      parts[part] = [...new Set([...(parts[part] ?? []), ...ranges])];
    }
  }
  return Object.keys(parts).length > 0 ? { partMediaTypes: parts } : {};
}
