import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { AbortError, JobCancelledError, ServerError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, type Step, scriptedServer } from '../test-support/scripted-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A job that runs forever; `onCancel` answers the DELETE. */
async function provider(onCancel: Step) {
  const server = await scriptedServer((req, res, n, body) => {
    if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
    if (req.method === 'DELETE') return onCancel(req, res, n, body);
    json(res, 200, { status: 'running' });
  });
  close = server.close;
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  const client: any = createProviderClient(fixture, {
    apiKey: 'sk_test_abort',
    baseUrl: server.url,
  });
  return { client, requests: server.requests };
}

/** A run whose caller aborts once the wait has seen the job running (never during the submit). */
async function abortedRun(
  client: { run(operationId: string, init: object, options: object): Promise<unknown> },
  options: object = {},
) {
  const controller = new AbortController();
  const started = Date.now();
  let abortedAt = started;
  const error = await client
    .run(
      'createJob',
      { body: { prompt: 'a fox' } },
      {
        signal: controller.signal,
        cancelOnAbort: true,
        schedule: { initialDelayMs: 0, intervalMs: 20, incrementMs: 0 },
        onProgress: () => {
          abortedAt = Date.now();
          controller.abort();
        },
        ...options,
      },
    )
    .catch((e: unknown) => e);
  return { error: error as Error & { handle?: unknown }, tookMs: Date.now() - abortedAt };
}

describe('aborting a wait with cancelOnAbort', () => {
  it('ends in JobCancelledError with the refund when the cancel works', async () => {
    const { client } = await provider((_req, res) => json(res, 200, { refunded: 12 }));
    const { error } = await abortedRun(client);
    expect(error).toBeInstanceOf(JobCancelledError);
    expect(error).toMatchObject({ creditsRefunded: 12, handle: { id: 'job_1' } });
  });

  it('gives control back within cancelTimeoutMs when the cancel hangs, with the handle', async () => {
    const { client } = await provider(() => new Promise(() => {}));
    const { error, tookMs } = await abortedRun(client, { cancelTimeoutMs: 200 });
    expect(tookMs).toBeLessThan(200 + 300);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.handle).toMatchObject({ id: 'job_1' });
    expect(error.message).toContain('job_1');
  });

  it('keeps the AbortError and the handle when the cancel fails, with the failure as its cause', async () => {
    const { client, requests } = await provider((_req, res) =>
      json(res, 500, { error: { message: 'boom' } }),
    );
    const { error } = await abortedRun(client);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.handle).toMatchObject({ id: 'job_1' });
    expect(error.cause).toBeInstanceOf(ServerError);
    // Best-effort: the cancel is not retried.
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('is a documented no-op where the spec declares no cancel', async () => {
    const { getJob, ...operations } = fixture.operations;
    const { cancel: _none, ...uncancellable } = getJob;
    const server = await scriptedServer((req, res) =>
      json(res, 200, req.method === 'POST' ? { id: 'job_1' } : { status: 'running' }),
    );
    close = server.close;
    const client = createProviderClient(
      { ...fixture, operations: { ...operations, getJob: uncancellable } },
      { apiKey: 'sk_test_abort', baseUrl: server.url },
    );
    const { error } = await abortedRun(client as never);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.handle).toMatchObject({ id: 'job_1' });
    expect(server.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});
