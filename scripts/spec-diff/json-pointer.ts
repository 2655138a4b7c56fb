/** RFC 6901: `~` and `/` inside a segment are escaped, so `/api/status` becomes `~1api~1status`. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

export function child(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}
