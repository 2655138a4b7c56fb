import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  RequestTimeoutError,
  ServerError,
  SubmitOutcomeUnknownError,
  ValidationError,
} from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, type Step, scriptedServer, until } from '../test-support/scripted-server.js';

const apiKey = 'sk_test_transport_0123456789';
let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;

async function serve(step: Step, options?: Parameters<typeof scriptedServer>[1]) {
  server = await scriptedServer(step, options);
  const client = createProviderClient<object, Record<string, never>, typeof fixture>(fixture, {
    apiKey,
    baseUrl: server.url,
    timeoutMs: 2000,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  return { client: client as any, requests: server.requests };
}

const thing = { params: { path: { id: 't1' } } };
const created = { id: 'job_1', status: 'queued' };

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

describe('retry hints', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  async function expectRetryAfter(first: Step, waitMs: number, slackMs = 5) {
    const { client, requests } = await serve((req, res, n, body) =>
      n === 0 ? first(req, res, n, body) : json(res, 200, { ok: true }),
    );
    const call = client.call('getThing', thing);
    await until(() => requests.length === 1);
    await vi.advanceTimersByTimeAsync(waitMs - slackMs);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * slackMs);
    await until(() => requests.length === 2);
    await expect(call).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  }

  it('waits Retry-After seconds', () =>
    expectRetryAfter((_q, res) => json(res, 429, {}, { 'retry-after': '3' }), 3000));

  it('waits until a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 4000).toUTCString();
    // HTTP dates have 1 s resolution: the wait is between 3 and 4 s.
    await expectRetryAfter((_q, res) => json(res, 429, {}, { 'retry-after': at }), 3500, 500);
  });

  it('waits retry-after-ms', () =>
    expectRetryAfter((_q, res) => json(res, 429, {}, { 'retry-after-ms': '1500' }), 1500));

  it('waits a retry_after field in the JSON error body', () =>
    expectRetryAfter((_q, res) => json(res, 429, { retry_after: 2 }), 2000));

  it('stops with a RateLimitError carrying a hint beyond the cap', async () => {
    const { client, requests } = await serve((_q, res) =>
      json(res, 429, { error: { code: 'slow_down' } }, { 'retry-after': '120' }),
    );
    const error = await client.call('getThing', thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, operationId: 'getThing' });
    expect(requests).toHaveLength(1);
  });

  it('retries 503 then succeeds, after an exponential backoff with jitter', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { client, requests } = await serve((_q, res, n) =>
      n === 0 ? json(res, 503, {}) : json(res, 200, { ok: 1 }),
    );
    const call = client.call('getThing', thing);
    await until(() => requests.length === 1);
    // base 1000 ms, attempt 0: half fixed + half jittered (0.5) = 750 ms.
    await vi.advanceTimersByTimeAsync(745);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    await until(() => requests.length === 2);
    await expect(call).resolves.toEqual({ ok: 1 });
  });
});

describe('what is never retried', () => {
  it.each([400, 401, 402, 403, 404, 409, 422])('a %i', async (status) => {
    const { client, requests } = await serve((_q, res) =>
      json(res, status, { error: { code: 'nope', message: 'no' } }),
    );
    const error = await client.call('getThing', thing).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, code: 'nope', providerMessage: 'no' });
    expect(requests).toHaveLength(1);
  });

  it('maps 404 to NotFoundError with method, path and request id', async () => {
    const { client } = await serve((_q, res) =>
      json(res, 404, { error: { code: 'not_found' } }, { 'x-request-id': 'req_42' }),
    );
    const error = await client.call('getThing', thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      method: 'GET',
      path: '/things/{id}',
      requestId: 'req_42',
      body: { error: { code: 'not_found' } },
    });
  });

  it('a paid POST without an idempotency key on 503: one request, a ServerError', async () => {
    const { client, requests } = await serve((_q, res) => json(res, 503, {}));
    const error = await client
      .call('createJob', { body: { prompt: 'a cat' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  it('anything after the caller aborts, even mid-backoff', async () => {
    const { client, requests } = await serve((_q, res) => json(res, 503, {}));
    const controller = new AbortController();
    const call = client.call('getThing', thing, { signal: controller.signal });
    await until(() => requests.length === 1);
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toHaveLength(1);
  });
});

describe('lost connections', () => {
  // To the client both look the same (the socket closes with the request written), so neither can
  // prove the server did nothing.
  const resetBeforeBody: Step = (req) => {
    req.socket.destroy();
  };
  const resetAfterBody: Step = (req) => {
    req.socket.destroy();
  };

  it.each([
    ['before the body was read', resetBeforeBody, false],
    ['after the body was read', resetAfterBody, true],
  ] as const)('a reset %s: a GET is retried', async (_name, reset, read) => {
    const { client, requests } = await serve(
      (req, res, n, body) => (n === 0 ? reset(req, res, n, body) : json(res, 200, { ok: 1 })),
      {
        readBody: (n) => n > 0 || read,
      },
    );
    await expect(client.call('getThing', thing, { retry: { baseDelayMs: 1 } })).resolves.toEqual({
      ok: 1,
    });
    expect(requests).toHaveLength(2);
  });

  it.each([
    ['before the body was read', resetBeforeBody, false],
    ['after the body was read', resetAfterBody, true],
  ] as const)(
    'a reset %s: a paid POST without a key is not re-sent, and says where to look',
    async (_name, reset, read) => {
      const { client, requests } = await serve(reset, { readBody: () => read });
      const error = await client
        .call('createJob', { body: { prompt: 'a cat' } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SubmitOutcomeUnknownError);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toContain('may exist');
      expect((error as Error).message).toContain('listJobs (GET /jobs)');
      expect(requests).toHaveLength(1);
    },
  );

  it('a reset after the body on a keyed POST is re-sent with the same idempotency key', async () => {
    const { client, requests } = await serve((req, res, n) => {
      if (n === 0) req.socket.destroy();
      else json(res, 200, created);
    });
    await expect(
      client.call('createKeyedJob', { body: {} }, { retry: { baseDelayMs: 1 } }),
    ).resolves.toEqual(created);
    expect(requests).toHaveLength(2);
    const keys = requests.map((r) => r.headers['x-idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a caller-supplied idempotency key is sent on every attempt', async () => {
    const { client, requests } = await serve((_q, res, n) =>
      n < 2 ? json(res, 503, {}) : json(res, 200, created),
    );
    await client.call(
      'createKeyedJob',
      { body: {} },
      { idempotencyKey: 'my-key-1', retry: { baseDelayMs: 1 } },
    );
    expect(requests.map((r) => r.headers['x-idempotency-key'])).toEqual([
      'my-key-1',
      'my-key-1',
      'my-key-1',
    ]);
  });

  it('each logical call gets its own idempotency key', async () => {
    const { client, requests } = await serve((_q, res) => json(res, 200, created));
    await client.call('createKeyedJob', { body: {} });
    await client.call('createKeyedJob', { body: {} });
    expect(requests[0]!.headers['x-idempotency-key']).not.toBe(
      requests[1]!.headers['x-idempotency-key'],
    );
  });

  it('a refused connection is retried even for a paid POST: nothing was sent', async () => {
    const probe = await scriptedServer(() => undefined);
    const closedUrl = probe.url;
    await probe.close();
    const client = createProviderClient(fixture, {
      apiKey,
      baseUrl: closedUrl,
      retry: { baseDelayMs: 1 },
    });
    const error = await client
      .call('createJob' as never, { body: { prompt: 'a cat' } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(SubmitOutcomeUnknownError);
    expect((error as Error).message).toContain('after 3 attempt(s)');
  });
});

describe('timeouts', () => {
  const slow: Step = (_q, res) => {
    setTimeout(() => json(res, 200, { late: true }), 400).unref();
  };

  it('a response slower than the attempt timeout is retried, then a RequestTimeoutError', async () => {
    const { client, requests } = await serve(slow);
    const error = await client
      .call('getThing', thing, { timeoutMs: 50, retry: { baseDelayMs: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(requests).toHaveLength(3);
  });

  it('a timed-out paid POST without a key is not re-sent', async () => {
    const { client, requests } = await serve(slow);
    const error = await client
      .call('createJob', { body: { prompt: 'a cat' } }, { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmitOutcomeUnknownError);
    expect(requests).toHaveLength(1);
  });

  it('a total deadline bounds all attempts together', async () => {
    const { client, requests } = await serve(slow);
    const started = Date.now();
    const error = await client
      .call('getThing', thing, {
        timeoutMs: 100,
        deadlineMs: 150,
        retry: { maxRetries: 10, baseDelayMs: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(400);
    expect(requests.length).toBeLessThanOrEqual(2);
  });
});

describe('bodies', () => {
  it('malformed JSON in a success becomes an InvalidResponseError', async () => {
    const { client } = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "job_1",');
    });
    await expect(client.call('getThing', thing)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('invalid input to a paid operation is refused before anything is sent', async () => {
    const { client, requests } = await serve((_q, res) => json(res, 200, created));
    const error = await client
      .call('createJob', { body: { prompt: '', seconds: 11, extra: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: '/prompt', message: 'must be at least 1 characters (got 0)' },
      { path: '/seconds', message: 'must be at most 10 (got 11)' },
      { path: '/extra', message: 'is not a known field' },
    ]);
    expect((error as Error).message).toContain('nothing was charged');
    expect(requests).toHaveLength(0);
  });

  it('sends the key in the spec’s auth header', async () => {
    const { client, requests } = await serve((_q, res) => json(res, 200, {}));
    await client.call('getThing', thing);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(requests[0]!.path).toBe('/things/t1');
  });
});

describe('a wait over loopback', () => {
  const fast = { initialDelayMs: 0, intervalMs: 5, incrementMs: 0 };

  it('an abort in the middle stops polling at once; the handle resumes the job', async () => {
    const { client, requests } = await serve((req, res) =>
      req.method === 'POST'
        ? json(res, 200, created)
        : json(res, 200, { id: 'job_1', status: 'running', progress: 30 }),
    );
    const controller = new AbortController();
    const error = await client
      .run(
        'createJob',
        { body: { prompt: 'a cat' } },
        {
          schedule: fast,
          signal: controller.signal,
          onProgress: (p: { polls: number }) => {
            if (p.polls === 2) controller.abort();
          },
        },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).handle).toMatchObject({
      id: 'job_1',
      statusOperationId: 'getJob',
      params: { id: 'job_1' },
    });
    const sent = requests.length;
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /jobs',
      'GET /jobs/job_1',
      'GET /jobs/job_1',
    ]);
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toHaveLength(sent);
  });

  it('survives a malformed status body and a 503 mid-wait, then completes', async () => {
    const { client, requests } = await serve((req, res, n) => {
      if (req.method === 'POST') return json(res, 200, created);
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"status":');
        return;
      }
      if (n === 2) return json(res, 503, {});
      return json(res, 200, {
        id: 'job_1',
        status: 'done',
        outputs: [{ url: 'https://cdn/x.mp4' }],
      });
    });
    const result = await client.run(
      'createJob',
      { body: { prompt: 'a cat' } },
      { schedule: fast, retry: { maxRetries: 0 } },
    );
    expect(result).toMatchObject({ status: 'succeeded', outputs: ['https://cdn/x.mp4'] });
    expect(requests).toHaveLength(4);
  });
});
