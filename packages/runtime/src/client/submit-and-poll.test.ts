import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, type ReceivedRequest, scriptedServer } from '../test-support/scripted-server.js';
import { createProviderClient } from './create-provider-client.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A provider whose every answer comes from `answer(request)`. */
async function provider(answer: (r: ReceivedRequest) => [number, unknown]) {
  const server = await scriptedServer((_req, res, n) => {
    const [status, body] = answer(server.requests[n]!);
    json(res, status, body);
  });
  close = server.close;
  const client = createProviderClient(fixture, { apiKey: 'sk_test_submit', baseUrl: server.url });
  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  return { client: client as any, requests: server.requests };
}

const fast = { schedule: { initialDelayMs: 0, intervalMs: 10, timeoutMs: 2000 } };

describe('submit, poll and run over loopback', () => {
  it('submit returns the handle with the submit answer and the state it showed', async () => {
    const { client } = await provider(() => [
      200,
      { id: 'job_1', status: 'queued', project: 'p9' },
    ]);
    const submitted = await client.submit('createJob', { body: { prompt: 'a fox' } });
    expect(submitted.body).toEqual({ id: 'job_1', status: 'queued', project: 'p9' });
    expect(submitted.handle).toMatchObject({ id: 'job_1', statusOperationId: 'getJob' });
    expect(submitted.job).toMatchObject({ state: 'queued', status: 'running' });
  });

  it('a submit whose answer shows the job ended ends run and a later wait with no poll', async () => {
    const done = { id: 'job_1', status: 'done', outputs: [{ url: 'https://cdn/x.png' }] };
    const { client, requests } = await provider(() => [200, done]);
    const result = await client.run('createJob', { body: { prompt: 'a fox' } }, fast);
    expect(result).toMatchObject({
      status: 'succeeded',
      outputs: ['https://cdn/x.png'],
      body: done,
    });
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    await expect(client.wait(handle, fast)).resolves.toMatchObject({ status: 'succeeded' });
    expect(requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('poll makes one status request and returns the normalized snapshot', async () => {
    const { client, requests } = await provider((r) =>
      r.method === 'POST' ? [200, { id: 'job_7' }] : [200, { status: 'running', progress: 40 }],
    );
    const { handle } = await client.submit('createKeyedJob', {});
    const polled = await client.poll(handle);
    expect(polled).toMatchObject({ state: 'running', status: 'running', progress: 40, handle });
    expect(polled.body).toEqual({ status: 'running', progress: 40 });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /keyed-jobs',
      'GET /jobs/job_7',
    ]);
  });

  it.each([400, 401, 403, 404])(
    'a %i at poll time after a submit carries the handle and names the job, in run()',
    async (status) => {
      const { client } = await provider((r) =>
        r.method === 'POST' ? [200, { id: 'job_lost' }] : [status, { error: { message: 'no' } }],
      );
      const error = await client.run('createKeyedJob', {}, fast).catch((e: unknown) => e);
      if (status === 404) expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ handle: { id: 'job_lost' } });
      expect((error as Error).message).toContain('job_lost');
    },
  );

  it('a handle whose createdAt lies in the future does not delay the first poll', async () => {
    const { client, requests } = await provider(() => [200, { status: 'done', outputs: [] }]);
    const handle = fixtureHandle('job_9', new Date(Date.now() + 3_600_000));
    const started = Date.now();
    await client.wait(handle, { schedule: { initialDelayMs: 0 } });
    expect(Date.now() - started).toBeLessThan(500);
    expect(requests).toHaveLength(1);
  });
});
