/** Thrown by `readBody` when a body passes its cap; the transport turns it into a typed error. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`body larger than ${limitBytes} bytes`);
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function abortPromise(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let onAbort = () => {};
  const promise = new Promise<never>((_ok, fail) => {
    onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/**
 * Reads a whole body under the attempt's signal and a size cap. A fetch that ignores its signal
 * once the headers are in (a custom fetch, a stalled stream) still ends when the signal fires.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array | null> {
  const stream = response.body;
  if (!stream) return null;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    stream.cancel().catch(() => undefined);
    throw new BodyTooLarge(maxBytes);
  }
  const reader = stream.getReader();
  const aborted = abortPromise(signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await Promise.race([reader.read(), aborted.promise]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new BodyTooLarge(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    aborted.dispose();
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The same answer with its body already read, so nothing after the attempt can stall on it. */
export function bufferedResponse(response: Response, body: Uint8Array | null): Response {
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : (body as BodyInit | null), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
