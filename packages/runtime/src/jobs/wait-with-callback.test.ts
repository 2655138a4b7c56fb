import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { ConfigurationError } from '../errors.js';
import type { JobDelivery } from '../pushes/create-push-handler.js';
import { toNodeListener } from '../pushes/to-node-listener.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** The provider: answers the submit and every poll with `running` until `doneAfterMs`. */
async function provider(doneAfterMs: number) {
  const started = Date.now();
  const server = await scriptedServer((req, res) => {
    if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
    const done = Date.now() - started >= doneAfterMs;
    json(
      res,
      200,
      done ? { status: 'done', outputs: [{ url: 'https://cdn/p.mp4' }] } : { status: 'running' },
    );
  });
  stops.push(server.close);
  const client = createProviderClient(fixture, {
    apiKey: 'sk_test_callbacks',
    baseUrl: server.url,
  });
  return {
    // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
    client: client as any,
    polls: () => server.requests.filter((r) => r.method === 'GET').length,
  };
}

/** The app's own endpoint, served by Node's http through the adapter. */
async function endpoint(handler: (request: Request) => Promise<Response>) {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  stops.push(() => new Promise((ok) => server.close(() => ok())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/acme`;
}

const fast = { initialDelayMs: 20, intervalMs: 20, timeoutMs: 5000 };

describe('wait with a callback', () => {
  it('ends as soon as the callback arrives over loopback, polling on the slow safety net meanwhile', async () => {
    const { client, polls } = await provider(10_000);
    const delivered: string[] = [];
    const url = await endpoint(
      client.pushHandler({
        push: 'jobDone',
        token: 'tok-1234567890abcdef',
        onJob: ({ job }: JobDelivery) => void delivered.push(job.id),
      }),
    );
    const { handle } = await client.submit('createJob', {
      body: { prompt: 'a fox', callbackUrl: `${url}?token=tok-1234567890abcdef` },
    });
    const waiting = client.wait(handle, { callback: true, schedule: fast });
    await new Promise((r) => setTimeout(r, 300));
    const answer = await fetch(`${url}?token=tok-1234567890abcdef`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'job_1',
        status: 'done',
        outputs: [{ url: 'https://cdn/c.mp4' }],
      }),
    });
    const result = await waiting;
    // The provider answers `running` for 10 s, so only the push can have ended the wait: its own
    // output URL (c.mp4, not the provider's p.mp4) proves it. The bench measures the lag itself.
    expect(answer.status).toBe(200);
    expect(result).toMatchObject({ status: 'succeeded', outputs: ['https://cdn/c.mp4'], handle });
    expect(delivered).toEqual(['job_1']);
    // Polling alone would have polled about 15 times in 300 ms; the safety net starts at 400 ms.
    expect(polls()).toBeLessThanOrEqual(2);
  });

  it('ends when the callback arrives during a poll that is still waiting for its answer', async () => {
    const server = await scriptedServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
      setTimeout(() => json(res, 200, { status: 'running' }), 5000);
    });
    stops.push(server.close);
    const client = createProviderClient(fixture, {
      apiKey: 'sk_test_callbacks',
      baseUrl: server.url,
    });
    const handler = client.pushHandler({ push: 'jobDone', token: 'tok-1234567890abcdef' });
    const { handle } = await client.submit(
      'createJob' as never,
      { body: { prompt: 'a fox' } } as never,
    );
    const waiting = client.wait(handle, {
      callback: { safetyNet: { initialDelayMs: 0 } },
      schedule: fast,
    });
    await new Promise((r) => setTimeout(r, 100));
    const sentAt = Date.now();
    await handler(
      new Request('http://app.test/hooks?token=tok-1234567890abcdef', {
        method: 'POST',
        body: JSON.stringify({ id: 'job_1', status: 'done', outputs: [] }),
      }),
    );
    await expect(waiting).resolves.toMatchObject({ status: 'succeeded' });
    // Long before the stalled poll's 5 s answer: the push did not wait for it. The margin is wide
    // so a loaded machine cannot fail it; the bench measures the lag itself.
    expect(Date.now() - sentAt).toBeLessThan(2_500);
  });

  it('still ends by polling when the callback never arrives', async () => {
    const { client, polls } = await provider(150);
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    const result = await client.wait(handle, {
      callback: { safetyNet: { initialDelayMs: 100, intervalMs: 100 } },
      schedule: fast,
    });
    expect(result.outputs).toEqual(['https://cdn/p.mp4']);
    expect(polls()).toBeGreaterThanOrEqual(1);
    expect(polls()).toBeLessThanOrEqual(3);
  });

  it('takes a callback that arrived before the wait began', async () => {
    const { client, polls } = await provider(10_000);
    const handler = client.pushHandler({ push: 'jobDone', token: 'tok-1234567890abcdef' });
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    await handler(
      new Request('http://app.test/hooks?token=tok-1234567890abcdef', {
        method: 'POST',
        body: JSON.stringify({ id: 'job_1', status: 'failed', error: { message: 'nsfw' } }),
      }),
    );
    await expect(client.wait(handle, { callback: true, schedule: fast })).rejects.toMatchObject({
      name: 'JobFailedError',
      handle,
    });
    expect(polls()).toBe(0);
  });

  it('refuses { callback } where the spec declares no push for the job, keeping the handle', async () => {
    const bare = createProviderClient(
      { ...fixture, pushes: {} },
      { apiKey: 'sk_test_callbacks', baseUrl: 'http://127.0.0.1:1' },
    );
    const handle = fixtureHandle('j');
    const error = await bare.wait(handle, { callback: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ handle });
  });

  it('refuses run({ callback }) where no push reports the job before the paid submit is sent', async () => {
    const server = await scriptedServer((_req, res) => json(res, 200, { id: 'job_1' }));
    stops.push(server.close);
    const bare = createProviderClient(
      { ...fixture, pushes: {} },
      { apiKey: 'sk_test_callbacks', baseUrl: server.url },
    );
    const error = await bare
      .run('createJob' as never, { body: { prompt: 'a fox' } } as never, { callback: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/declares no callback or webhook for getJob jobs/);
    expect(server.requests).toEqual([]);
  });
});
