/** The first loopback URL a mock process prints, reading its output line by line. */
export async function firstUrl(lines: AsyncIterable<string>, seen: string[] = []): Promise<string> {
  for await (const line of lines) {
    seen.push(line);
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    if (url) return url;
  }
  throw new Error(`the mock printed no URL:\n${seen.join('\n')}`);
}
