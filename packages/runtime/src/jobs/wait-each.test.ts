import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { AbortError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/**
 * Job i is done `doneAtMs[i]` after the server started, or once the test adds it to `finished`;
 * the list reports every job.
 */
async function provider(doneAtMs: number[]) {
  const started = Date.now();
  const finished = new Set<number>();
  const jobs = () =>
    doneAtMs.map((at, i) => ({
      id: `job_${i}`,
      status: finished.has(i) || Date.now() - started >= at ? 'done' : 'running',
      outputs: [{ url: `https://cdn/${i}.png` }],
    }));
  const server = await scriptedServer((req, res) => {
    if (req.url === '/jobs') return json(res, 200, { jobs: jobs() });
    const id = req.url!.split('/').pop();
    json(res, 200, jobs().find((j) => j.id === id) ?? { status: 'running' });
  });
  close = server.close;
  const client = createProviderClient(fixture, { apiKey: 'sk_test_each', baseUrl: server.url });
  const handles: JobHandle[] = doneAtMs.map((_, i) => fixtureHandle(`job_${i}`));
  const count = (path: string) => server.requests.filter((r) => r.path === path).length;
  return { client, handles, count, finished, requests: server.requests };
}

const schedule = { initialDelayMs: 0, intervalMs: 40, incrementMs: 0, timeoutMs: 5000 };

describe('waitEach', () => {
  // Causal, not timed (a loaded run once took 415 ms to see a job done at 50 ms): each job is
  // yielded while the ones after it are still running, so never when the last one ends.
  it('yields each job as soon as it settles, not when the last one does', async () => {
    const never = Number.POSITIVE_INFINITY;
    const { client, handles, finished } = await provider([never, never, never]);
    const each = client
      .waitEach(handles, { schedule: { ...schedule, timeoutMs: 60_000 } })
      [Symbol.asyncIterator]();
    for (const i of [1, 2, 0]) {
      finished.add(i);
      const next = await each.next();
      expect(next.done).toBe(false);
      expect(next.value?.handle.id).toBe(`job_${i}`);
    }
    expect((await each.next()).done).toBe(true);
  });

  it('stops the remaining waits when the loop is left early', async () => {
    const { client, handles, requests } = await provider([30, 10_000]);
    for await (const settled of client.waitEach(handles, { schedule })) {
      expect(settled.handle.id).toBe('job_0');
      break;
    }
    const seen = requests.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(requests.length).toBe(seen);
  });
});

describe('one poll loop per client', () => {
  it('answers concurrent independent waits with one list request per round', async () => {
    const doneAt = Array.from({ length: 30 }, (_, i) => 100 + (i % 3) * 100);
    const { client, handles, count } = await provider(doneAt);
    const results = await Promise.all(handles.map((h) => client.wait(h, { schedule })));
    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    expect(count('/jobs')).toBeLessThanOrEqual(12);
    // No job was asked about on its own: the list showed them all.
    expect(handles.some((h) => count(`/jobs/${h.id}`) > 0)).toBe(false);
  });

  it('stops asking a list that refuses (a missing scope) and polls each job directly', async () => {
    const server = await scriptedServer((req, res) => {
      if (req.url === '/jobs') return json(res, 403, { error: { message: 'missing scope' } });
      json(res, 200, { status: 'done', outputs: [] });
    });
    close = server.close;
    const client = createProviderClient(fixture, { apiKey: 'sk_test_each', baseUrl: server.url });
    const handles = ['a', 'b', 'c'].map((id) => fixtureHandle(id));
    const results = await client.waitAll(handles, { schedule });
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(server.requests.filter((r) => r.path === '/jobs')).toHaveLength(1);
  });

  it('waitAll with a signal and many jobs adds no listener warning, and aborts every wait with its handle', async () => {
    const { client, handles } = await provider(Array.from({ length: 25 }, () => 10_000));
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    const controller = new AbortController();
    const settled = client.waitAll(handles, { schedule, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const results = await settled;
    await new Promise((r) => setImmediate(r));
    process.off('warning', onWarning);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    for (const [i, r] of results.entries()) {
      expect(r.status).toBe('rejected');
      expect((r as { reason: unknown }).reason).toBeInstanceOf(AbortError);
      expect((r as { reason: AbortError }).reason.handle).toEqual(handles[i]);
    }
  });
});
