import { isLoopbackHost, MediagenError } from '@mediagen/runtime';

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

/** Why an output URL is not fetched, or undefined when it may be: https, or http on loopback. */
export function outputUrlProblem(url: string): string | undefined {
  if (!URL.canParse(url)) return `is not a URL (got ${JSON.stringify(url)})`;
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return undefined;
  if (protocol === 'http:' && isLoopbackHost(hostname)) return undefined;
  return `must be https (or http on loopback, as the mock serves it); got ${protocol}`;
}

async function readBounded(response: Response, maxBytes: number, url: string) {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(read.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(url: string, maxBytes: number) {
  return new MediagenError(
    `The output at ${url} is larger than maxDownloadBytes (${maxBytes}); raise it in the provider settings, or read the URL from providerMetadata yourself`,
  );
}

/**
 * Fetches a finished job's output with no credentials (the API key goes to the API's origin only),
 * bounded by a timeout and the caller's signal, body included, and by a size cap.
 */
export async function downloadOutput(
  url: string,
  options: DownloadOptions,
): Promise<DownloadedOutput> {
  const problem = outputUrlProblem(url);
  if (problem) throw new MediagenError(`The job's output URL ${problem}, so it was not fetched`);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const response = await (options.fetch ?? fetch)(new Request(url, { signal }));
  if (!response.ok) {
    await response.body?.cancel();
    throw new MediagenError(
      `Fetching the job's output ${url} answered ${response.status}; the job is done and paid, so fetch the URL again rather than generating again`,
      { status: response.status },
    );
  }
  const data = await readBounded(response, options.maxBytes, url);
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
  return { data, mediaType };
}
