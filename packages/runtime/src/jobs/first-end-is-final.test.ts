import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { JobFailedError } from '../errors.js';
import { createPushHandler } from '../pushes/create-push-handler.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';
import { createPushHub } from './push-hub.js';
import type { PushedJob } from './read-pushed-job.js';

const job = (status: PushedJob['status']): PushedJob => ({
  id: 'job_1',
  state: status,
  status,
  outputs: [],
});

describe('push hub: the first end of a job is final', () => {
  it.each([
    [['running'], ['progress']],
    [
      ['failed', 'failed'],
      ['first', 'repeat'],
    ],
    [
      ['failed', 'succeeded'],
      ['first', 'conflict'],
    ],
    [
      ['succeeded', 'running'],
      ['first', 'after-end'],
    ],
    [
      ['running', 'cancelled', 'succeeded'],
      ['progress', 'first', 'conflict'],
    ],
  ] as const)('%j → %j', (statuses, verdicts) => {
    const hub = createPushHub();
    const seen = statuses.map((s) => hub.deliver({ job: job(s), body: s }));
    expect(seen.map((d) => d.verdict)).toEqual(verdicts);
    const first = statuses.find((s) => s !== 'running');
    for (const d of seen) if (d.verdict !== 'progress') expect(d.end?.job.status).toBe(first);
  });

  it('a wait that starts after a contradiction gets the first end', async () => {
    const hub = createPushHub();
    hub.deliver({ job: job('failed'), body: 1 });
    hub.deliver({ job: job('succeeded'), body: 2 });
    expect((await hub.expect('job_1').arrived).job.status).toBe('failed');
  });
});

const url = 'https://app.test/hooks/acme?token=s3cret-token-16ch';
const push = (status: string) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'job_1', status }),
  });

describe('push handler: a contradicting delivery is ignored', () => {
  it('does not call onJob for a later end or a running state after the end, and reports them', async () => {
    const onJob = vi.fn();
    const onIgnored = vi.fn();
    const handler = createPushHandler(
      { metadata: fixture, hub: createPushHub() },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob, onIgnored },
    );
    for (const status of ['failed', 'done', 'running']) {
      expect((await handler(push(status))).status).toBe(200);
    }
    expect(onJob.mock.calls.map(([d]) => d.job.status)).toEqual(['failed']);
    expect(onIgnored.mock.calls.map(([d]) => [d.job.status, d.kept.status])).toEqual([
      ['succeeded', 'failed'],
      ['running', 'failed'],
    ]);
  });
});

describe('two waits on one job end alike', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('when polls contradict each other (failed, then done)', async () => {
    let polls = 0;
    server = await scriptedServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { id: 'job_1', status: 'queued' });
      polls++;
      json(res, 200, polls === 1 ? { status: 'failed' } : { status: 'done', outputs: [] });
    });
    // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
    const client: any = createProviderClient(fixture, {
      apiKey: 'sk_test_ends',
      baseUrl: server.url,
    });
    const { handle } = await client.submit('createJob', { body: { prompt: 'a fox' } });
    const schedule = { initialDelayMs: 0, intervalMs: 1, timeoutMs: 5000 };
    await expect(client.wait(handle, { schedule })).rejects.toBeInstanceOf(JobFailedError);
    // A fresh poll would say `done`; the first end is kept.
    await expect(client.poll(handle)).resolves.toMatchObject({ status: 'succeeded' });
    await expect(client.wait(handle, { schedule })).rejects.toBeInstanceOf(JobFailedError);
  });
});
