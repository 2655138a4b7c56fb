/**
 * Whether a media type falls under the ranges a spec declares for a multipart part
 * (`encoding.<part>.contentType`: `audio/*`, `image/png, image/jpeg`, `*\/*`). Parameters and case
 * are ignored. No type falls under no range: a part that does not say what it is is not trusted.
 */
export function mediaTypeAllowed(type: string | undefined, ranges: readonly string[]): boolean {
  const [top, sub] = (type?.split(';')[0]?.trim().toLowerCase() ?? '').split('/');
  if (!top || !sub) return false;
  return ranges.some((range) => {
    const [rangeTop, rangeSub] = range.split(';')[0]!.trim().toLowerCase().split('/');
    if (rangeTop === '*' && rangeSub === '*') return true;
    return rangeTop === top && (rangeSub === '*' || rangeSub === sub);
  });
}
