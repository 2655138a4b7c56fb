import { defaultPathSerializer, type PathSerializer } from 'openapi-fetch';
import { ValidationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';

/**
 * A value for a path parameter whose `/` the spec keeps (`x-mediagen-allow-reserved`): each segment
 * percent-encoded, the slashes between them kept, so `elevenlabs/tts` stays two segments. An empty,
 * `.` or `..` segment is refused: the URL parser would fold it and reach another route.
 */
export function reservedSegments(value: string): string | undefined {
  const segments = value.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return segments.map(encodeURIComponent).join('/');
}

/**
 * openapi-fetch's path serializer, except for the parameters the spec marks as keeping `/`; every
 * other parameter is encoded as one segment, as before. Undefined where a spec marks none.
 */
export function createPathSerializer(metadata: ProviderMetadata): PathSerializer | undefined {
  const reserved = Object.entries(metadata.operations).flatMap(([id, op]) =>
    op.reservedParameters?.length ? [{ id, op, names: op.reservedParameters }] : [],
  );
  if (reserved.length === 0) return undefined;
  return (pathname, params) => {
    let url = pathname;
    for (const { id, op, names } of reserved) {
      if (!url.endsWith(op.path)) continue;
      for (const name of names) {
        const value = params[name];
        if (typeof value !== 'string') continue;
        const kept = reservedSegments(value);
        if (kept === undefined) {
          const message = `must be path segments without empty, "." or ".." parts (got ${JSON.stringify(value)})`;
          throw new ValidationError(
            `${metadata.name} ${id} ${name} ${message}, so it was not sent (nothing was charged)`,
            {
              provider: metadata.id,
              operationId: id,
              method: op.method.toUpperCase(),
              path: op.path,
              issues: [{ path: `(path)/${name}`, message }],
            },
          );
        }
        url = url.replace(`{${name}}`, kept);
      }
    }
    return defaultPathSerializer(url, params);
  };
}
