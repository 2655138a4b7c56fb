import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardToPrism } from './forward-to-prism.js';

/** A loopback server that records the request lines it gets. */
async function recorder() {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, seen };
}

let prism: Awaited<ReturnType<typeof recorder>>;
let elsewhere: Awaited<ReturnType<typeof recorder>>;
beforeAll(async () => {
  [prism, elsewhere] = await Promise.all([recorder(), recorder()]);
});
afterAll(async () => {
  for (const { server } of [prism, elsewhere]) {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
});

describe('forwardToPrism', () => {
  it('sends a path that starts with // to Prism, never to the host it names', async () => {
    // `OPTIONS /api/v1//evil.example/x` on a mock whose base path is /api/v1 leaves `//evil…`.
    const path = `/${elsewhere.origin.slice('http:/'.length)}/x?q=1`;
    const headers = new Headers({ authorization: 'Bearer secret' });
    const answer = await forwardToPrism(
      prism.origin,
      'OPTIONS',
      path,
      headers,
      undefined,
      AbortSignal.timeout(5_000),
    );
    expect(answer.status).toBe(200);
    expect(elsewhere.seen).toEqual([]);
    expect(prism.seen).toEqual([`OPTIONS ${path}`]);
  });
});
