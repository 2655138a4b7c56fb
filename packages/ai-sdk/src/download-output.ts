import { MediagenError } from '@mediagen/runtime';
import { isLoopbackHost, untilAborted } from '@mediagen/runtime/provider';

/** The client's fetch type: a `Request` in, as the runtime calls it. */
export type RequestFetch = (input: Request, init?: RequestInit) => Promise<Response>;

export interface DownloadOptions {
  fetch?: RequestFetch;
  signal?: AbortSignal;
  /** Bound on the whole download, body included. */
  timeoutMs: number;
  maxBytes: number;
}

export interface DownloadedOutput {
  data: Uint8Array;
  /** The `Content-Type` the host sent, without parameters; undefined when it sent none. */
  mediaType: string | undefined;
}

/** Redirects followed from one output URL, each hop checked like the first. */
export const MAX_REDIRECTS = 5;

/**
 * Why an output URL is not fetched, or undefined when it may be: https, or http on loopback (the
 * mock). `from` is the URL that redirected here: a hop from elsewhere onto this machine is refused,
 * so a redirect cannot reach a service on the loopback.
 */
export function outputUrlProblem(url: string, from?: string): string | undefined {
  if (!URL.canParse(url)) return `is not a URL (got ${JSON.stringify(url)})`;
  const { protocol, hostname } = new URL(url);
  const loopback = isLoopbackHost(hostname);
  if (loopback && from !== undefined && !isLoopbackHost(new URL(from).hostname))
    return `redirects from ${new URL(from).host} onto this machine (${hostname})`;
  if (protocol === 'https:') return undefined;
  if (protocol === 'http:' && loopback) return undefined;
  return `must be https (or http on loopback, as the mock serves it); got ${protocol}`;
}

async function readBounded(response: Response, maxBytes: number, url: string, signal: AbortSignal) {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const read = await untilAborted(reader.read(), signal);
      if (read.done) break;
      size += read.value.byteLength;
      if (size > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(read.value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(url: string, maxBytes: number) {
  return new MediagenError(
    `The output at ${url} is larger than maxDownloadBytes (${maxBytes}); raise it in the provider settings, or read the URL from providerMetadata yourself`,
  );
}

/** Fetches `url`, following at most MAX_REDIRECTS redirects, each hop checked before it is sent. */
async function fetchFollowing(url: string, signal: AbortSignal, send: RequestFetch) {
  let from: string | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const problem = outputUrlProblem(url, from);
    if (problem) throw new MediagenError(`The job's output URL ${problem}, so it was not fetched`);
    const response = await untilAborted(
      send(new Request(url, { signal, redirect: 'manual' })),
      signal,
    );
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    response.body?.cancel().catch(() => undefined);
    [from, url] = [url, new URL(location, url).href];
  }
  throw new MediagenError(`The job's output URL redirected more than ${MAX_REDIRECTS} times`);
}

/**
 * Fetches a finished job's output with no credentials (the API key goes to the API's origin only),
 * bounded by a timeout and the caller's signal, body included, and by a size cap; redirects are
 * followed hop by hop under the same rules.
 */
export async function downloadOutput(
  url: string,
  options: DownloadOptions,
): Promise<DownloadedOutput> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const response = await fetchFollowing(url, signal, options.fetch ?? fetch);
  if (!response.ok) {
    response.body?.cancel().catch(() => undefined);
    throw new MediagenError(
      `Fetching the job's output ${url} answered ${response.status}; the job is done and paid, so fetch the URL again rather than generating again`,
      { status: response.status },
    );
  }
  const data = await readBounded(response, options.maxBytes, url, signal);
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
  return { data, mediaType };
}
