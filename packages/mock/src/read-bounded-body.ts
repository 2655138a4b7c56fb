/**
 * A request body read while it streams in, refused the moment it passes `maxBytes`: memory stays
 * within one chunk of the limit, and the refusal need not wait for the rest of the upload. The
 * default is Prism's own limit (10 MiB), past which it would refuse the body anyway.
 */
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`the request body is over ${maxBytes} bytes, the most @mediagen/mock accepts`);
  }
}

/**
 * Resolves with the whole body, or rejects with `BodyTooLargeError` as soon as it (or its declared
 * `content-length`) is over the limit, leaving the rest of the stream unread. Gives up, dropping
 * the connection, when `signal` aborts.
 */
export function readBoundedBody(
  req: IncomingMessage,
  signal: AbortSignal,
  maxBytes = MAX_BODY_BYTES,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) {
      reject(new BodyTooLargeError(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      req.pause();
      chunks.length = 0;
      reject(new BodyTooLargeError(maxBytes));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onAbort = () => {
      stop();
      req.destroy();
      reject(signal.reason);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
