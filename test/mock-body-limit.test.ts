/**
 * A body over the mock's limit is refused while it streams in (issue #19, item 4): the 413 comes
 * in the provider's own error shape before the client has sent the rest, so the test's client
 * sends the rest only after it has the answer: a mock that waited for the whole body would never
 * answer, and the test would time out.
 */
import { request } from 'node:http';
import { type MockServer, startMock } from '@mediagen/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIMIT = 10 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20); // JSON whitespace
const mocks: Record<string, MockServer> = {};

beforeAll(async () => {
  for (const provider of ['kubeez', 'happyhorse']) mocks[provider] = await startMock(provider);
});
afterAll(() => Promise.all(Object.values(mocks).map((m) => m.close())));

/**
 * Streams a chunked body of `limit + 1 MiB` (of an announced 300 MiB upload), then waits for the
 * answer before sending anything more; resolves with the answer and the bytes sent by then.
 */
function uploadPastTheLimit(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: unknown; sent: number; headers: Headers }>(
    (resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      req.on('response', (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        const atAnswer = sent;
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          req.destroy(); // the other 289 MiB are never sent
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString()),
            sent: atAnswer,
            headers: new Headers(res.headers as Record<string, string>),
          });
        });
      });
      const pump = () => {
        while (!answered && sent < LIMIT + 1024 * 1024) {
          sent += CHUNK.length;
          if (!req.write(CHUNK)) return void req.once('drain', pump);
        }
        // Past the limit: nothing more until the mock answers.
      };
      pump();
    },
  );
}

describe('a body over the limit, refused while it streams', () => {
  it('Kubeez upload: the documented 413 shape, before the client has sent the rest', async () => {
    const res = await uploadPastTheLimit(`${mocks.kubeez!.url}/v1/upload/media`, {
      'x-api-key': 'kz-key',
    });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error: 'file_too_large',
      message: `The request body is over ${LIMIT} bytes, the most @mediagen/mock accepts; send a smaller body`,
    });
    expect(res.sent).toBeLessThanOrEqual(LIMIT + 1024 * 1024);
    expect(res.headers.get('connection')).toBe('close');
  }, 30_000);

  it('HappyHorse (no documented 413): its error envelope with PAYLOAD_TOO_LARGE', async () => {
    const res = await uploadPastTheLimit(`${mocks.happyhorse!.url}/api/generate`, {
      authorization: 'Bearer hh-key',
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', data: null });
    expect((res.body as { message: string }).message).toMatch(/over 10485760 bytes/);
  }, 30_000);

  it('refuses a declared content-length over the limit without reading the body', async () => {
    const res = await fetch(`${mocks.happyhorse!.url}/api/generate`, {
      method: 'POST',
      headers: { authorization: 'Bearer hh-key', 'content-type': 'application/json' },
      body: Buffer.alloc(LIMIT + 1, 0x20),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('PAYLOAD_TOO_LARGE');
  }, 30_000);
});
