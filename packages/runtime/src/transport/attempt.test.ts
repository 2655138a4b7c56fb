import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import {
  AbortError,
  RedirectError,
  RequestTimeoutError,
  ResponseTooLargeError,
  SubmitOutcomeUnknownError,
} from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, type Step, scriptedServer, until } from '../test-support/scripted-server.js';
import { runAttempt } from './attempt.js';
import { createTimeoutQueue } from './timeout-queue.js';

// Each defect here was seen over loopback before the attempt owned its timer, signal and body.
const apiKey = 'sk_test_attempt_0123456789';
const thing = { params: { path: { id: 't1' } } };
const job = { body: { prompt: 'a cat' } };
const servers: Awaited<ReturnType<typeof scriptedServer>>[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(step: Step) {
  const server = await scriptedServer(step);
  servers.push(server);
  return server;
}

// An unpaid POST, which may follow a 307/308 with its body.
const metadata = {
  ...fixture,
  operations: { ...fixture.operations, ingest: { method: 'post', path: '/ingest', auth: true } },
} satisfies ProviderMetadata;

function clientFor(baseUrl: string, more: Partial<ProviderMetadata> = {}, options = {}) {
  const client = createProviderClient(
    { ...metadata, ...more },
    {
      apiKey,
      baseUrl,
      timeoutMs: 2000,
      retry: { baseDelayMs: 1 },
      ...options,
    },
  );
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  return client as any;
}

const redirectTo =
  (status: number, location: () => string): Step =>
  (_req, res) => {
    res.writeHead(status, { location: location() });
    res.end();
  };

describe('redirects: the key never leaves the origin', () => {
  it.each([301, 302, 303, 307, 308])('a %i of a paid POST to another origin', async (status) => {
    const other = await serve((_q, res) => json(res, 200, { id: 'job_x' }));
    const server = await serve(redirectTo(status, () => `${other.url}/v1/jobs`));
    const error = await clientFor(server.url)
      .call('createJob', job)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ location: `${other.url}/v1/jobs`, jobMayExist: true });
    expect((error as Error).message).toContain('may exist');
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('a GET to another origin names it and the baseUrl to set', async () => {
    const other = await serve((_q, res) => json(res, 200, {}));
    const server = await serve(redirectTo(301, () => `${other.url}/api/v1/things/t1`));
    const error = await clientFor(`${server.url}/v1`)
      .call('getThing', thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain(`set baseUrl to '${other.url}/api/v1'`);
    expect(other.requests).toHaveLength(0);
  });

  it('a same-origin GET is followed with the key', async () => {
    const server = await serve((req, res, n) =>
      n === 0 ? redirectTo(302, () => '/moved/t1')(req, res, n, '') : json(res, 200, { ok: 1 }),
    );
    await expect(clientFor(server.url).call('getThing', thing)).resolves.toEqual({ ok: 1 });
    expect(server.requests[1]).toMatchObject({ path: '/moved/t1' });
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${apiKey}`);
  });

  it('a trusted origin keeps the key', async () => {
    const trusted = await serve((_q, res) => json(res, 200, { ok: 2 }));
    const server = await serve(redirectTo(308, () => `${trusted.url}/things/t1`));
    const client = clientFor(server.url, { trustedOrigins: [trusted.url] });
    await expect(client.call('getThing', thing)).resolves.toEqual({ ok: 2 });
    expect(trusted.requests[0]!.headers.authorization).toBe(`Bearer ${apiKey}`);
  });

  it.each([301, 302, 303, 307, 308])(
    'a same-origin %i of a paid POST is not followed',
    async (status) => {
      const server = await serve(redirectTo(status, () => '/elsewhere'));
      const error = await clientFor(server.url)
        .call('createJob', job)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ jobMayExist: true });
      expect(server.requests).toHaveLength(1);
    },
  );

  it('a same-origin 307 of an unpaid POST is followed with the same body', async () => {
    const server = await serve((req, res, n) =>
      n === 0 ? redirectTo(307, () => '/ingest-here')(req, res, n, '') : json(res, 200, { ok: 3 }),
    );
    const body = { url: 'https://cdn.example/a.png' };
    await expect(clientFor(server.url).call('ingest', { body })).resolves.toEqual({ ok: 3 });
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ['POST', JSON.stringify(body)],
      ['POST', JSON.stringify(body)],
    ]);
  });

  it('https to plain http is refused, with one request sent', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response(null, {
        status: 301,
        headers: { location: 'http://api.acme.test/v1/things/t1' },
      });
    };
    const error = await clientFor('https://api.acme.test/v1', {}, { fetch })
      .call('getThing', thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain('plain http:');
    expect(calls).toBe(1);
  });
});

/** Sends the headers and part of a body, then neither ends nor closes. */
const stall: Step = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"id":');
};

describe('a body that stalls after the headers ends on time', () => {
  it('at the attempt timeout, for a GET', async () => {
    const server = await serve(stall);
    const started = Date.now();
    const call = clientFor(server.url, {}, { timeoutMs: 300, retry: { maxRetries: 0 } }).call(
      'getThing',
      thing,
    );
    await expect(call).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('at the deadline, before a longer attempt timeout', async () => {
    const server = await serve(stall);
    const started = Date.now();
    const call = clientFor(server.url, {}, { timeoutMs: 5000, deadlineMs: 300 }).call(
      'getThing',
      thing,
    );
    await expect(call).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('on the caller’s abort', async () => {
    const server = await serve(stall);
    const call = clientFor(server.url).call('getThing', thing, {
      signal: AbortSignal.timeout(200),
    });
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });

  it('a wait whose poll stalls ends on the caller’s abort, with the handle', async () => {
    const server = await serve((req, res, n, body) =>
      req.method === 'POST'
        ? json(res, 200, { id: 'job_1', status: 'queued' })
        : stall(req, res, n, body),
    );
    const client = clientFor(server.url, {}, { timeoutMs: 1000, deadlineMs: 2000 });
    const { handle } = await client.submit('createJob', job);
    const started = Date.now();
    const error = await client
      .wait(handle, { signal: AbortSignal.timeout(500), schedule: { initialDelayMs: 0 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ handle: { id: 'job_1' } });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('a paid submit that stalls says it timed out and the job may exist', async () => {
    const server = await serve(stall);
    const error = await clientFor(server.url, {}, { timeoutMs: 300 })
      .call('createJob', job)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmitOutcomeUnknownError);
    expect((error as Error).message).toContain('no answer came within the attempt timeout');
    expect((error as Error).message).not.toContain('connection was lost');
    expect(server.requests).toHaveLength(1);
  });
});

/** Promises 100 bytes, sends 10, and drops the connection. */
const truncate: Step = (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
  res.write('{"id":"job');
  setTimeout(() => req.socket.destroy(), 20);
};

describe('a body cut off after a 200', () => {
  it('is a lost answer on a paid submit: SubmitOutcomeUnknownError, not TypeError', async () => {
    const server = await serve(truncate);
    const error = await clientFor(server.url)
      .call('createJob', job)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmitOutcomeUnknownError);
    expect((error as Error).message).toContain('cut off');
    expect(server.requests).toHaveLength(1);
  });

  it('is retried on a GET', async () => {
    const server = await serve((req, res, n, body) =>
      n === 0 ? truncate(req, res, n, body) : json(res, 200, { ok: 4 }),
    );
    await expect(clientFor(server.url).call('getThing', thing)).resolves.toEqual({ ok: 4 });
    expect(server.requests).toHaveLength(2);
  });
});

describe('aborting an in-flight paid POST', () => {
  it('says the job may exist', async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const call = clientFor(server.url).call('createJob', job, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ jobMayExist: true });
    expect((error as Error).message).toContain('may exist');
  });
});

describe('response size cap', () => {
  const big = { data: 'x'.repeat(5000) };
  it.each([
    ['declared in content-length', ((_q, res) => json(res, 200, big)) as Step],
    [
      'streamed without a length',
      ((_q, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 10; i++) res.write('x'.repeat(500));
        res.end();
      }) as Step,
    ],
  ])('a body %s over maxResponseBytes is a ResponseTooLargeError', async (_name, step) => {
    const server = await serve(step);
    const call = clientFor(server.url, {}, { maxResponseBytes: 1000 }).call('getThing', thing);
    await expect(call).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('an error body over the cap is cut, and its status still decides: a 503 is retried', async () => {
    const server = await serve((_q, res, n) =>
      n === 0 ? json(res, 503, { detail: 'x'.repeat(5000) }) : json(res, 200, { ok: 5 }),
    );
    const call = clientFor(server.url, {}, { maxResponseBytes: 1000 }).call('getThing', thing);
    await expect(call).resolves.toEqual({ ok: 5 });
  });
});

describe('a custom fetch that ignores its signal and never answers', () => {
  /** A fetch of a caller's own that drops `init`: it never settles, whatever the signal says. */
  function deaf() {
    const calls: Request[] = [];
    const fetch = (request: Request) => {
      calls.push(request);
      return new Promise<Response>(() => {});
    };
    return { fetch, calls };
  }

  it('ends at the attempt timeout', async () => {
    const { fetch, calls } = deaf();
    const error = await clientFor(
      'https://api.acme.test/v1',
      {},
      {
        fetch,
        timeoutMs: 50,
        retry: { maxRetries: 0 },
      },
    )
      .call('getThing', thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(calls).toHaveLength(1);
  });

  it('ends on the caller’s abort, and a paid submit says the job may exist', async () => {
    const { fetch, calls } = deaf();
    const controller = new AbortController();
    const call = clientFor('https://api.acme.test/v1', {}, { fetch, timeoutMs: 60_000 })
      .call('createJob', job, { signal: controller.signal })
      .catch((e: unknown) => e);
    await until(() => calls.length === 1);
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ jobMayExist: true });
  });
});

describe('an attempt whose caller aborted before it began', () => {
  // The pacer grants a turn, and the caller may abort before the attempt runs: an abort event
  // that fired already never reaches a listener added after it.
  it('hands fetch an aborted signal and ends as aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('caller stopped'));
    const seen: boolean[] = [];
    const result = await runAttempt({
      fetch: async (_request, init) => {
        seen.push(init?.signal?.aborted ?? false);
        init?.signal?.throwIfAborted();
        return Response.json({ ok: true });
      },
      request: new Request('https://api.acme.test/v1/jobs', { method: 'POST', body: '{}' }),
      follow: () => undefined,
      signal: controller.signal,
      timeoutMs: 60_000,
      timeouts: createTimeoutQueue(),
      maxResponseBytes: 1024,
      resendable: false,
      allowedOrigins: new Set(['https://api.acme.test']),
    });
    expect(seen).toEqual([true]);
    expect(result).toMatchObject({ kind: 'failed', failure: 'aborted' });
  });
});
