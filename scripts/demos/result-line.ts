/**
 * How `npm start` reports a result URL. The provider docs elide some example URLs as `https://...`,
 * and the mock answers with those examples, so such a placeholder is named as one, not printed as a
 * link a reader might try to open.
 */
export function isPlaceholderUrl(url: string): boolean {
  if (url.includes('...')) return true;
  try {
    return !/[a-z0-9]/i.test(new URL(url).hostname);
  } catch {
    return true;
  }
}

export function resultLine(url: string, live: boolean): string {
  if (!isPlaceholderUrl(url)) return `done → ${url}`;
  return live
    ? `done, but the API answered a placeholder instead of a URL: ${JSON.stringify(url)}`
    : 'done (the mock answers with the doc’s example, whose URL is elided; a real job returns a link)';
}
