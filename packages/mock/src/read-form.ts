/**
 * A multipart request body parsed by the platform (undici's `Request.formData()`), bounded: a body
 * over `maxBytes` is not parsed, and the parse gives up when `signal` aborts. `undefined` when the
 * body is not multipart, too large, or malformed: Prism then judges it as before.
 */
export const MAX_FORM_BYTES = 64 * 1024 * 1024;

export async function readForm(
  contentType: string | null,
  body: Buffer | undefined,
  signal: AbortSignal,
  maxBytes = MAX_FORM_BYTES,
): Promise<FormData | undefined> {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  if (!body || body.length === 0 || body.length > maxBytes || signal.aborted) return undefined;
  let onAbort = () => {};
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const request = new Request('http://mock/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    });
    return await Promise.race([request.formData(), aborted]);
  } catch {
    return undefined;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
