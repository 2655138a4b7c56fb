import type { ReadStop } from './attempt-stop.js';

/** Thrown by `readBody` when a body passes its cap; the transport turns it into a typed error. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`body larger than ${limitBytes} bytes`);
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A read that follows a signal by itself, for callers that hold no `ReadStop`. */
function followSignal(signal: AbortSignal): ReadStop & { dispose(): void } {
  const stop: ReadStop = { signal, reading: undefined };
  const onAbort = () => {
    stop.reading?.cancel(signal.reason).catch(() => undefined);
  };
  signal.addEventListener('abort', onAbort);
  return Object.assign(stop, { dispose: () => signal.removeEventListener('abort', onAbort) });
}

/**
 * Reads a whole body under the attempt's stop (or a signal) and a size cap. A fetch that ignores
 * its signal once the headers are in (a custom fetch, a stalled stream) still ends when the stop
 * fires: it cancels the reader this read leaves in `stop.reading`. Past the cap it throws
 * `BodyTooLarge`, or with `truncate` keeps the first `maxBytes`: an error body only explains its
 * status, which decides what happens next.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  stopOrSignal: ReadStop | AbortSignal,
  truncate = false,
): Promise<Uint8Array | null> {
  const stream = response.body;
  if (!stream) return null;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes && !truncate) {
    stream.cancel().catch(() => undefined);
    throw new BodyTooLarge(maxBytes);
  }
  const followed = stopOrSignal instanceof AbortSignal ? followSignal(stopOrSignal) : undefined;
  const stop = followed ?? (stopOrSignal as ReadStop);
  const { signal } = stop;
  const reader = stream.getReader();
  stop.reading = reader;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      if (total + value.byteLength > maxBytes) {
        if (!truncate) throw new BodyTooLarge(maxBytes);
        chunks.push(value.subarray(0, maxBytes - total));
        total = maxBytes;
        reader.cancel().catch(() => undefined);
        break;
      }
      total += value.byteLength;
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    stop.reading = undefined;
    followed?.dispose();
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

const decoder = new TextDecoder();
const BYTES = Symbol('bytes');

type ReadResponse = Response & { [BYTES]: Uint8Array | null };

/**
 * A Response whose body was read into memory: the body methods read from there. Instances are the
 * original Response objects with this prototype swapped in, so status, headers, URL and redirect
 * flag stay as they came, and no second Response (a headers copy and a new stream) is built per call.
 * Defined on first use, not at import: `extends Response` makes Node load its fetch implementation,
 * which was most of the time it took to import the runtime.
 */
// No private members: the prototype is swapped onto objects this class did not construct.
const defineReadResponse = () =>
  class extends Response {
    declare [BYTES]: Uint8Array | null;

    override get body(): Response['body'] {
      return this[BYTES] ? fresh(this).body : null;
    }
    override get bodyUsed() {
      return false;
    }
    override async text() {
      const bytes = this[BYTES];
      return bytes ? decoder.decode(bytes) : '';
    }
    override async json() {
      return JSON.parse(await this.text());
    }
    override async arrayBuffer() {
      return (this[BYTES]?.slice() ?? new Uint8Array(0)).buffer as ArrayBuffer;
    }
    override async bytes() {
      return this[BYTES]?.slice() ?? new Uint8Array(0);
    }
    override blob() {
      return fresh(this).blob();
    }
    override formData() {
      return fresh(this).formData();
    }
    override clone(): Response {
      return bufferedResponse(fresh(this), this[BYTES]);
    }
  };
let readPrototype: object | undefined;

function fresh(response: ReadResponse): Response {
  const bytes = response[BYTES];
  return new Response(bytes ? bytes.slice() : null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The same answer with its body already read, so nothing after the attempt can stall on it. */
export function bufferedResponse(response: Response, body: Uint8Array | null): Response {
  const read = response as ReadResponse;
  read[BYTES] = NULL_BODY_STATUSES.has(response.status) ? null : body;
  readPrototype ??= defineReadResponse().prototype;
  return Object.setPrototypeOf(read, readPrototype);
}
