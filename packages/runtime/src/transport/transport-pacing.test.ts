import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { withStatusLimit } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';

const metadata = withStatusLimit(20, 0.5);

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientFor(url: string, options = {}) {
  const client = createProviderClient(metadata, {
    apiKey: 'sk_test_pacing_0123456789',
    baseUrl: url,
    retry: { baseDelayMs: 1 },
    ...options,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  return client as any;
}

type Caller = { call: (operationId: string, init: object) => Promise<unknown> };

// The pacer decides when a request is sent; when the server's loop gets to it is the machine's
// business (client and server share one busy process). Each request carries its send time, and
// the strict server counts by that: the window is the pacer's, not the scheduler's.
const SENT_AT = 'x-sent-at';
const stampedFetch = (request: Request, init?: RequestInit) => {
  request.headers.set(SENT_AT, String(performance.now()));
  return fetch(request, init);
};
const sentAt = (req: { headers: Record<string, string | string[] | undefined> }) =>
  Number(req.headers[SENT_AT]);

const poll = (client: Caller, id: string) => client.call('getJob', { params: { path: { id } } });

describe('one pacer per client per rate-limit group', () => {
  it('independent calls cause no 429 at a server that counts every request in a sliding window', async () => {
    const arrivals: number[] = [];
    let rejected = 0;
    server = await scriptedServer((req, res) => {
      const now = sentAt(req);
      arrivals.push(now);
      // Strict: rejected requests count too.
      if (arrivals.filter((t) => t > now - 500).length > 20) {
        rejected++;
        return json(res, 429, {}, { 'retry-after': '1' });
      }
      json(res, 200, { status: 'running' });
    });
    const client = clientFor(server.url, { maxConcurrency: 100, fetch: stampedFetch });
    await Promise.all(Array.from({ length: 50 }, (_, i) => poll(client, `job_${i}`)));
    expect(rejected).toBe(0);
    expect(arrivals).toHaveLength(50);
  });

  it('waitAll over many jobs causes no 429 at a strict server either', async () => {
    const { listJobs: _list, ...operations } = metadata.operations;
    const polls = new Map<string, number>();
    const arrivals: number[] = [];
    let rejected = 0;
    let created = 0;
    server = await scriptedServer((req, res) => {
      if (req.method === 'POST')
        return json(res, 200, { id: `job_${created++}`, status: 'queued' });
      const now = sentAt(req);
      arrivals.push(now);
      if (arrivals.filter((t) => t > now - 500).length > 20) {
        rejected++;
        return json(res, 429, {}, { 'retry-after': '1' });
      }
      const id = req.url!.split('/').pop()!;
      polls.set(id, (polls.get(id) ?? 0) + 1);
      json(res, 200, { status: polls.get(id)! > 1 ? 'done' : 'running', outputs: [] });
    });
    const client = createProviderClient(
      { ...metadata, operations },
      {
        apiKey: 'sk_test_pacing_0123456789',
        baseUrl: server.url,
        maxConcurrency: 100,
        fetch: stampedFetch,
      },
    ) as unknown as Caller & {
      submit: Caller['call'];
      waitAll: (handles: unknown[], options: object) => Promise<{ status: string }[]>;
    };
    const handles = [];
    for (let i = 0; i < 30; i++) {
      handles.push(
        ((await client.submit('createJob', { body: { prompt: `p${i}` } })) as { handle: unknown })
          .handle,
      );
    }
    const settled = await client.waitAll(handles, {
      schedule: { initialDelayMs: 0, intervalMs: 10 },
    });
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    expect(polls.size).toBe(30);
    expect(rejected).toBe(0);
  });

  it('a retry waits for its turn like any other request', async () => {
    const arrivals: number[] = [];
    server = await scriptedServer((_q, res, n) => {
      arrivals.push(performance.now());
      if (n === 0) json(res, 503, {});
      else json(res, 200, { status: 'running' });
    });
    const client = createProviderClient(withStatusLimit(2, 1, 's'), {
      apiKey: 'sk_test_pacing_0123456789',
      baseUrl: server.url,
      retry: { baseDelayMs: 1 },
    }) as unknown as Caller;
    await poll(client, 'job_1');
    expect(arrivals).toHaveLength(2);
    // Spaced 510 ms apart at the client; without the pacer the retry came 1 ms after.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ['off for every group', false],
    ['replaced for one group', { s: { requests: 1000, perSeconds: 1 } }],
  ] as const)('the documented limit can be %s', async (_name, rateLimits) => {
    server = await scriptedServer((_q, res) => json(res, 200, { status: 'running' }));
    const slow = withStatusLimit(1, 60, 's');
    const client = createProviderClient(slow, {
      apiKey: 'sk_test_pacing_0123456789',
      baseUrl: server.url,
      rateLimits,
    }) as unknown as Caller;
    const started = performance.now();
    for (let i = 0; i < 3; i++) await poll(client, `job_${i}`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a default concurrency cap holds where the spec documents no limit', async () => {
    let inFlight = 0;
    let most = 0;
    server = await scriptedServer((_q, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        json(res, 200, { ok: 1 });
      }, 20);
    });
    const client = clientFor(server.url, { maxConcurrency: 3 });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.call('getThing', { params: { path: { id: `t${i}` } } }),
      ),
    );
    expect(most).toBe(3);
  });
});
