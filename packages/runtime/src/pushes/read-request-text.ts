/** A delivery's body could not be read within its limits. `status` is the answer to give. */
export class UnreadableRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 408 | 413,
  ) {
    super(message);
  }
}

/**
 * Reads a request's body as text, refusing more than `maxBytes` and giving up after `timeoutMs`, so
 * a sender that stalls or floods cannot hold the handler.
 */
export async function readRequestText(
  request: Request,
  { maxBytes, timeoutMs }: { maxBytes: number; timeoutMs: number },
): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw new UnreadableRequestError(`body over ${maxBytes} bytes`, 413);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UnreadableRequestError(`body not read within ${timeoutMs} ms`, 408)),
      timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new UnreadableRequestError(`body over ${maxBytes} bytes`, 413);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    if (error instanceof UnreadableRequestError) throw error;
    // The sender went away or broke its chunked encoding mid-body: that request only is refused.
    throw new UnreadableRequestError('the body could not be read to its end', 400);
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
