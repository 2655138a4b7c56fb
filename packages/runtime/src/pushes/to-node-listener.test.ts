import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestUrl, toNodeListener } from './to-node-listener.js';

const escaped: unknown[] = [];
const onEscape = (error: unknown) => void escaped.push(error);
let port = 0;
let close: () => Promise<void>;

beforeAll(async () => {
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  const server = createServer(
    toNodeListener(async (request) => {
      if (request.headers.get('x-throw') === 'sync') throw new TypeError('handler bug');
      const body = await request.text();
      return Response.json({ url: request.url, bytes: body.length });
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  port = (server.address() as AddressInfo).port;
  close = () => new Promise((ok) => server.close(() => ok()));
});

afterAll(async () => {
  await close();
  process.off('uncaughtException', onEscape);
  process.off('unhandledRejection', onEscape);
});

/** Writes raw bytes, optionally ends the socket early, and returns what came back. */
function raw(text: string, { cut = false } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
    socket.write(text, () => {
      if (cut) socket.destroy();
      else socket.end();
    });
  });
}

const status = (answer: string) => Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0);

const post = (target: string, host: string, extra = '', body = '') =>
  `POST ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}Content-Length: ${body.length}\r\n\r\n${body}`;

describe('toNodeListener under malformed requests', () => {
  it.each([
    ['a Host with a space', post('/hook', 'a b')],
    ['a Host that would move the path', post('/hook', 'x.example/evil?token=')],
    ['a Host with credentials', post('/hook', 'user@x.example')],
    ['an absolute-form target', post('http://x.example/hook', 'x.example')],
    ['an asterisk target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a method Request refuses', 'TRACE /hook HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ])('answers 400 to %s, before the handler runs', async (_, request) => {
    expect(status(await raw(request))).toBe(400);
  });

  it("leaves Node's own 4xx for what its parser refuses: huge headers, bad chunks", async () => {
    const huge = post('/hook', 'x', `X-Big: ${'a'.repeat(64 * 1024)}\r\n`);
    expect(status(await raw(huge))).toBe(431);
    const badChunk =
      'POST /hook HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot hex\r\n\r\n';
    expect([0, 400]).toContain(status(await raw(badChunk)));
  });

  it('answers 500 when the handler throws, and survives a sender that goes away mid-body', async () => {
    expect(status(await raw(post('/hook', 'x', 'X-Throw: sync\r\n')))).toBe(500);
    await raw(`${post('/hook', 'x').replace('Content-Length: 0', 'Content-Length: 100')}partial`, {
      cut: true,
    });
    await raw('POST /hook HTTP/1.1\r\nHost: x\r\nContent-Len', { cut: true });
  });

  it('keeps serving afterwards, with nothing thrown or rejected out of the listener', async () => {
    const answer = await raw(post('/hook?token=t', '127.0.0.1:8080', '', 'hello'));
    expect(status(answer)).toBe(200);
    expect(answer).toContain('"url":"http://127.0.0.1:8080/hook?token=t"');
    expect(answer).toContain('"bytes":5');
    // Give a rejection from the cut requests above its turn to surface.
    await new Promise((r) => setImmediate(r));
    expect(escaped).toEqual([]);
  });
});

describe('requestUrl', () => {
  it.each([
    ['x.example', '/hook?token=a', 'http://x.example/hook?token=a'],
    ['[::1]:8080', '/h', 'http://[::1]:8080/h'],
    [undefined, '/h', 'http://localhost/h'],
    ['a b', '/h', undefined],
    ['x', 'http://y/h', undefined],
    ['x', '//y/h', undefined],
    ['x:99999', '/h', undefined],
    ['x#', '/h', undefined],
  ])('Host %s, target %s: %s', (host, target, expected) => {
    expect(requestUrl(host, target)?.href).toBe(expected);
  });
});
