import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { AbortError, WaitTimeoutError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';
import { createMemoryPushBus } from './memory-push-bus.js';
import type { PushBus } from './push-bus.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const fast = { initialDelayMs: 0, intervalMs: 10, multiplier: 1, timeoutMs: 5000 };

/** A provider whose job ends at its `endsAtPoll`-th status request, and two clients sharing a bus. */
async function twoClients(endsAtPoll: number) {
  let polls = 0;
  const server = await scriptedServer((req, res) => {
    if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
    const done = ++polls >= endsAtPoll;
    json(
      res,
      200,
      done ? { status: 'done', outputs: [{ url: 'https://cdn/p.mp4' }] } : { status: 'running' },
    );
  });
  stops.push(server.close);
  const bus = createMemoryPushBus();
  const client = (name: string) =>
    createProviderClient(fixture, {
      apiKey: 'sk_test_bus',
      baseUrl: server.url,
      bus,
      headers: { 'x-client': name },
    });
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  const [a, b] = [client('a'), client('b')] as any[];
  return { a, b, server };
}

describe('waits sharing a bus', () => {
  it('poll a job from one client at a time, and all end on the end that client saw', async () => {
    const { a, b, server } = await twoClients(4);
    const { handle } = await a.submit('createJob', { body: { prompt: 'a fox' } });
    const [fromA, fromB] = await Promise.all([
      a.wait(handle, { schedule: fast }),
      b.wait(handle, { schedule: fast }),
    ]);
    expect(fromA).toMatchObject({ status: 'succeeded', outputs: ['https://cdn/p.mp4'] });
    expect(fromB).toMatchObject({ status: 'succeeded', outputs: ['https://cdn/p.mp4'] });
    // The job ran for several intervals, and one client polled it throughout.
    const pollers = server.requests
      .filter((r) => r.method === 'GET')
      .map((r) => r.headers['x-client']);
    expect(pollers).toHaveLength(4);
    expect(new Set(pollers).size).toBe(1);
  });

  it('end in every client on a push delivered to any of them', async () => {
    const { a, b, server } = await twoClients(Number.POSITIVE_INFINITY);
    const { handle } = await a.submit('createJob', { body: { prompt: 'a fox' } });
    const waiting = b.wait(handle, { schedule: { ...fast, intervalMs: 200 } });
    const pushed = a.pushHandler({ push: 'jobDone', token: 'tok-1234567890abcdef' });
    const answer = await pushed(
      new Request('http://127.0.0.1/hooks?token=tok-1234567890abcdef', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'job_1',
          status: 'done',
          outputs: [{ url: 'https://cdn/c.mp4' }],
        }),
      }),
    );
    expect(answer.status).toBe(200);
    // The provider never says it ended: only the push, through the bus, can end the wait.
    expect(await waiting).toMatchObject({ status: 'succeeded', outputs: ['https://cdn/c.mp4'] });
    expect(server.requests.some((r) => r.method === 'POST')).toBe(true);
  });

  it('end on their signal or timeout, with the handle, while the bus never answers a claim', async () => {
    const server = await scriptedServer((req, res) =>
      req.method === 'POST'
        ? json(res, 200, { id: 'job_1', status: 'queued' })
        : json(res, 200, { status: 'running' }),
    );
    stops.push(server.close);
    // A Redis client queueing commands while it reconnects: the claim is never answered.
    const bus: PushBus = { ...createMemoryPushBus(), claimPoll: () => new Promise(() => {}) };
    const options = { apiKey: 'sk_test_bus', baseUrl: server.url, bus };
    // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
    const client = createProviderClient(fixture, options) as any;
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    const timedOut = await client
      .wait(handle, { schedule: fast, timeoutMs: 50 })
      .catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(WaitTimeoutError);
    expect(timedOut).toMatchObject({ handle });
    const controller = new AbortController();
    const stopped = client.wait(handle, { schedule: fast, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 20);
    const aborted = await stopped.catch((error: unknown) => error);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted).toMatchObject({ handle });
  }, 5000);
});
