import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServerError } from '@mediagen/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { createKillaTamataClient } from './create-killatamata-client.js';

const apiKey = 'kt_test_may_exist_0123456789';
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Answers every request with a 500, recording what each POST carried. */
async function failingServer() {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ headers: req.headers, body });
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'upstream unavailable' }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  stops.push(() => new Promise((ok) => server.close(() => ok())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('generate() that gives up on a 5xx', () => {
  it('says the job may exist and hands back the internal key to submit again with', async () => {
    const { url, seen } = await failingServer();
    const kt = createKillaTamataClient({ apiKey, baseUrl: url, retry: { baseDelayMs: 1 } });
    const error = await kt
      .generate('image.generate', { prompt: 'a fox', width: 512, height: 512 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    const key = seen[0]!.headers['x-idempotency-key'];
    expect(seen).toHaveLength(4);
    expect(seen.every((s) => s.headers['x-idempotency-key'] === key)).toBe(true);
    expect(JSON.parse(seen[0]!.body).idempotencyKey).toBe(key);
    expect(error).toMatchObject({ jobMayExist: true, idempotencyKey: key });
    expect((error as Error).message).toContain(`idempotencyKey '${key}'`);
    expect((error as Error).message).not.toContain(apiKey);
  });

  it("keeps the caller's own key on a plain submit", async () => {
    const { url } = await failingServer();
    const kt = createKillaTamataClient({ apiKey, baseUrl: url, retry: { baseDelayMs: 1 } });
    const error = await kt
      .submit(
        'submitMediaJob',
        { body: { task: 'image.generate', input: { prompt: 'a fox', width: 512, height: 512 } } },
        { idempotencyKey: 'order-7' },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ jobMayExist: true, idempotencyKey: 'order-7' });
  });
});
