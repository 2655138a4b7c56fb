import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import {
  AbortError,
  ConnectionError,
  type MediagenError,
  RequestTimeoutError,
  ServerError,
  ValidationError,
} from '../errors.js';
import { caught } from '../test-support/caught.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, type Step, scriptedServer, until } from '../test-support/scripted-server.js';

const apiKey = 'sk_test_keyed_0123456789';
let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(step: Step) {
  server = await scriptedServer(step);
  const client = createProviderClient<object, Record<string, never>, typeof fixture>(fixture, {
    apiKey,
    baseUrl: server.url,
    timeoutMs: 2000,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  return { client: client as any, requests: server.requests };
}

const fast = { retry: { baseDelayMs: 1, maxDelayMs: 30_000 } };
// biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
const submit = (client: any, options: object) =>
  client.submit('createKeyedJob', { body: { prompt: 'a fox' } }, { ...fast, ...options });

function expectKeyed(error: MediagenError, key: string) {
  expect(error.jobMayExist).toBe(true);
  expect(error.idempotencyKey).toBe(key);
  expect(error.message).toContain(`idempotencyKey '${key}'`);
  expect(error.message).not.toContain(apiKey);
}

const never: Step = () => undefined;
const reset: Step = (req) => void req.socket.destroy();
const status =
  (code: number, headers: Record<string, string> = {}): Step =>
  (_req, res) =>
    json(res, code, { error: { message: 'upstream' } }, headers);
const cutAfter200: Step = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
  res.write('{"id":"jo');
  setImmediate(() => res.socket?.destroy());
};
const stallAfter200: Step = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
  res.write('{"id":"jo');
};

describe('a keyed submit whose outcome is ambiguous carries its key', () => {
  it.each([
    ['500 forever', status(500), ServerError, {}],
    ['502 forever', status(502), ServerError, {}],
    ['504 forever', status(504), ServerError, {}],
    ['a reset on every attempt', reset, ConnectionError, {}],
    ['no answer', never, RequestTimeoutError, { timeoutMs: 50, retry: { maxRetries: 1 } }],
    ['200 then a cut body', cutAfter200, ConnectionError, {}],
    ['200 then a stalled body', stallAfter200, RequestTimeoutError, { timeoutMs: 50 }],
  ])('%s: jobMayExist and the caller’s key', async (_, step, ErrorClass, options) => {
    const { client, requests } = await serve(step);
    const error = await caught(submit(client, { idempotencyKey: 'order-42', ...options }));
    expect(error).toBeInstanceOf(ErrorClass);
    expectKeyed(error, 'order-42');
    expect(new Set(requests.map((r) => r.headers['x-idempotency-key']))).toEqual(
      new Set(['order-42']),
    );
  });

  it('without a caller key, the error carries the generated one that was sent', async () => {
    const { client, requests } = await serve(status(500));
    const error = await caught(submit(client, {}));
    expect(requests).toHaveLength(3);
    expectKeyed(error, requests[0]!.headers['x-idempotency-key'] as string);
  });

  it('a key with $ patterns in it reads the same in the stack as in the message', async () => {
    const { client } = await serve(status(500));
    const key = "order-$'-$&-$`";
    const error = await caught(submit(client, { idempotencyKey: key }));
    expectKeyed(error, key);
    expect(error.stack?.startsWith(`${error.name}: ${error.message}\n`)).toBe(true);
  });

  it('an abort after the request went out', async () => {
    const { client, requests } = await serve(never);
    const controller = new AbortController();
    const pending = caught(
      submit(client, { idempotencyKey: 'k-abort', signal: controller.signal }),
    );
    await until(() => requests.length === 1);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expectKeyed(error, 'k-abort');
  });

  it('an abort during a Retry-After sleep after a 503', async () => {
    const { client, requests } = await serve(status(503, { 'retry-after': '20' }));
    const controller = new AbortController();
    const pending = caught(
      submit(client, { idempotencyKey: 'k-sleep', signal: controller.signal }),
    );
    await until(() => requests.length === 1);
    // The 503 is answered at once; the abort lands in the 20 s sleep (or the body read before it).
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expectKeyed(error, 'k-sleep');
  });
});

describe('what stays as it was', () => {
  it('a definite refusal (400) of a keyed submit says nothing about a job', async () => {
    const { client } = await serve(status(400));
    const error = await caught(submit(client, { idempotencyKey: 'k-400' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.jobMayExist).toBeUndefined();
    expect(error.idempotencyKey).toBeUndefined();
  });

  it('a keyed submit that never reached the server (refused connection) is not "may exist"', async () => {
    const { client } = await serve(never);
    await server!.close();
    server = undefined;
    const error = await caught(submit(client, { idempotencyKey: 'k-refused' }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.jobMayExist).toBeUndefined();
  });

  it('an unkeyed paid POST that gets a 500 keeps its one attempt and its "may exist"', async () => {
    const { client, requests } = await serve(status(500));
    const error = await caught(client.submit('createJob', { body: { prompt: 'a fox' } }, fast));
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.jobMayExist).toBe(true);
    expect(error.idempotencyKey).toBeUndefined();
  });
});

describe('a 200 whose body is not JSON, on a keyed submit', () => {
  it('is an InvalidResponseError with jobMayExist and the key it was sent with', async () => {
    const { client, requests } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "job_1", oops');
    });
    const error = await caught(submit(client, {}));
    expect(error.name).toBe('InvalidResponseError');
    expectKeyed(error, requests[0]!.headers['x-idempotency-key'] as string);
  });
});
