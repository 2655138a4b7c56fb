import { readFirst } from '../json-pointer.js';

/**
 * The server's wait hint in milliseconds, from (in order) `retry-after-ms`, `Retry-After` in seconds
 * or as an HTTP date, or a seconds field in the JSON error body.
 */
export function parseRetryAfter(
  headers: Headers,
  body?: unknown,
  bodyPointer = '/retry_after',
  now = Date.now(),
): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const header = headers.get('retry-after')?.trim();
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header)) return Number.parseFloat(header) * 1000;
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const field = readFirst(body, bodyPointer);
  const seconds = typeof field === 'string' ? Number.parseFloat(field) : field;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)
    return seconds * 1000;
  return undefined;
}
