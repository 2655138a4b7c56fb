import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBoundedBody } from './read-bounded-body.js';

const CHUNK = 64 * 1024;
const LIMIT = 1024 * 1024;

/** A request whose body is `total` bytes, counting what the reader pulled out of it. */
function request(total: number, headers: Record<string, string> = {}) {
  let produced = 0;
  const body = Readable.from(
    (function* () {
      while (produced < total) {
        const size = Math.min(CHUNK, total - produced);
        produced += size;
        yield Buffer.alloc(size, 97);
      }
    })(),
    { objectMode: false, highWaterMark: CHUNK },
  );
  const req = Object.assign(body, { headers }) as unknown as IncomingMessage;
  return { req, produced: () => produced };
}

describe('readBoundedBody', () => {
  it('reads a body within the limit whole', async () => {
    const { req } = request(LIMIT);
    const body = await readBoundedBody(req, new AbortController().signal, LIMIT);
    expect(body.length).toBe(LIMIT);
  });

  it('refuses a body past the limit having read little more than the limit', async () => {
    const { req, produced } = request(1024 * LIMIT); // a GiB that is never read
    await expect(readBoundedBody(req, new AbortController().signal, LIMIT)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    expect(produced()).toBeLessThan(LIMIT + 4 * CHUNK);
  });

  it('refuses a declared content-length over the limit before reading anything', async () => {
    const { req, produced } = request(2 * LIMIT, { 'content-length': String(2 * LIMIT) });
    await expect(readBoundedBody(req, new AbortController().signal, LIMIT)).rejects.toThrow(
      /over 1048576 bytes/,
    );
    expect(produced()).toBeLessThanOrEqual(CHUNK);
  });

  it('gives up when the signal aborts', async () => {
    const { req } = request(LIMIT);
    const stop = new AbortController();
    stop.abort(new Error('stop'));
    await expect(readBoundedBody(req, stop.signal, LIMIT)).rejects.toThrow('stop');
  });
});
