import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobFailedError, WaitTimeoutError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import { noRedaction } from '../redact.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import type { JobDriver } from './job-driver.js';
import { createJobPoller, type PollerSource } from './job-poller.js';
import { createPushHub } from './push-hub.js';
import { waitAll } from './wait-all.js';

/** A client's driver over a scripted source: one shared poll loop, one hub. */
function withPoller(source: Omit<PollerSource, 'metadata' | 'pushes'>): JobDriver {
  const pushes = createPushHub();
  const poller = createJobPoller({ ...source, metadata: fixture, pushes });
  return {
    metadata: fixture,
    redact: noRedaction,
    pushes,
    poll: source.poll,
    look: poller.look,
    watch: poller.watch,
  };
}

const handles: JobHandle[] = Array.from({ length: 25 }, (_, i) =>
  fixtureHandle(`job_${i}`, new Date(0)),
);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Job i finishes on round i % 4; job 7 fails; job 24 never appears in the list. */
function bulkDriver() {
  let round = 0;
  const calls: string[] = [];
  const stateOf = (i: number) =>
    i === 7 && round >= 2 ? 'failed' : round > i % 4 ? 'done' : 'running';
  const driver = withPoller({
    async list() {
      calls.push('list');
      round++;
      return {
        jobs: handles
          .slice(0, 24)
          .map((h, i) => ({ id: h.id, status: stateOf(i), outputs: [{ url: `u${i}` }] })),
      };
    },
    async poll(handle) {
      calls.push(`poll ${handle.id}`);
      return { id: handle.id, status: 'done', outputs: [{ url: 'direct' }] };
    },
  });
  return { driver, calls };
}

describe('waitAll', () => {
  it('polls many jobs with one list request per round, and asks directly only for jobs the list lacks', async () => {
    const { driver, calls } = bulkDriver();
    const settled = waitAll(driver, handles);
    await vi.runAllTimersAsync();
    const results = await settled;
    expect(calls.filter((c) => c === 'list')).toHaveLength(4);
    expect(calls.filter((c) => c.startsWith('poll'))).toEqual(['poll job_24']);
    expect(results).toHaveLength(25);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { outputs: ['u0'] } });
    expect(results[7]).toMatchObject({ status: 'rejected' });
    expect((results[7] as { reason: unknown }).reason).toBeInstanceOf(JobFailedError);
    expect(results[24]).toMatchObject({ status: 'fulfilled', value: { outputs: ['direct'] } });
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(24);
  });

  it('never exceeds the rate limit when jobs must be polled one by one', async () => {
    const starts: number[] = [];
    const driver = withPoller({
      list: async () => {
        throw new Error('no list');
      },
      async poll(handle) {
        starts.push(Date.now());
        return { id: handle.id, status: 'done' };
      },
    });
    const settled = waitAll(driver, handles, { rateLimit: { requests: 10, perSeconds: 1 } });
    await vi.runAllTimersAsync();
    const results = await settled;
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(starts).toHaveLength(25);
    for (const t of starts)
      expect(starts.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(10);
  });

  it('times every unfinished job out together, each with its handle', async () => {
    const driver = withPoller({
      list: async () => ({ jobs: handles.map((h) => ({ id: h.id, status: 'running' })) }),
      poll: async () => ({ status: 'running' }),
    });
    const settled = waitAll(driver, handles.slice(0, 3), { timeoutMs: 5000 });
    await vi.runAllTimersAsync();
    const results = await settled;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const [i, r] of results.entries()) {
      expect((r as { reason: unknown }).reason).toBeInstanceOf(WaitTimeoutError);
      expect((r as { reason: WaitTimeoutError }).reason.handle).toEqual(handles[i]);
    }
  });
});
