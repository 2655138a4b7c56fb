import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  JobCancelledError,
  JobFailedError,
  ServerError,
  WaitTimeoutError,
} from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import { noRedaction } from '../redact.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import type { JobDriver } from './job-driver.js';
import { waitForJob } from './wait-for-job.js';
import type { JobProgress } from './wait-options.js';

const handle: JobHandle = fixtureHandle('job_1');

/** A driver that answers polls from a script and records when each poll happened. */
function scripted(steps: Array<unknown | (() => never)>) {
  const times: number[] = [];
  const start = Date.now();
  const driver: JobDriver = {
    metadata: fixture,
    redact: noRedaction,
    async poll() {
      times.push(Date.now() - start);
      const step = steps[Math.min(times.length - 1, steps.length - 1)];
      if (typeof step === 'function') return step();
      return step;
    },
    cancel: vi.fn(async () => ({
      snapshot: {
        state: 'cancelled',
        status: 'cancelled' as const,
        outputs: [],
        creditsRefunded: 7,
      },
      body: { refunded: 7 },
    })),
  };
  return { driver, times };
}

const running = (progress?: number) => ({ status: 'running', progress });
const done = {
  status: 'done',
  outputs: [{ url: 'https://cdn/a.mp4' }, { url: 'https://cdn/b.mp4' }],
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  handle.createdAt = new Date().toISOString();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('waitForJob', () => {
  it('polls on the spec schedule, reports progress, and ends in a normalized result', async () => {
    const { driver, times } = scripted([running(10), running(50), running(90), done]);
    const progress: JobProgress[] = [];
    const wait = waitForJob(driver, handle, { onProgress: (p) => progress.push(p) });
    await vi.runAllTimersAsync();
    const result = await wait;
    // initial 1000, then 2000, 3000, 4000 (interval 2000 + 1000 per poll, capped at 4000)
    expect(times).toEqual([1000, 3000, 6000, 10000]);
    expect(progress.map((p) => [p.state, p.progress, p.elapsedMs])).toEqual([
      ['running', 10, 1000],
      ['running', 50, 3000],
      ['running', 90, 6000],
      ['done', undefined, 10000],
    ]);
    expect(result).toMatchObject({
      status: 'succeeded',
      state: 'done',
      outputs: ['https://cdn/a.mp4', 'https://cdn/b.mp4'],
      body: done,
      handle,
    });
  });

  it('ends in a typed failure with the provider message and code', async () => {
    const { driver } = scripted([
      running(),
      { status: 'failed', error: { message: 'moderation', code: 'CONTENT' } },
    ]);
    const wait = waitForJob(driver, handle).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await wait;
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({
      providerMessage: 'moderation',
      code: 'CONTENT',
      state: 'failed',
      handle,
    });
  });

  it('survives transient poll failures and honours their retry hints', async () => {
    const boom = () => {
      throw new ServerError('503', { status: 503 });
    };
    const slow = () => {
      throw new ServerError('429-ish', { status: 503, retryAfterMs: 9000 });
    };
    const { driver, times } = scripted([boom, slow, done]);
    const wait = waitForJob(driver, handle);
    await vi.runAllTimersAsync();
    await expect(wait).resolves.toMatchObject({ status: 'succeeded' });
    expect(times).toEqual([1000, 3000, 12000]);
  });

  it('gives up after too many consecutive poll failures, with the last error', async () => {
    const boom = () => {
      throw new ServerError('down', { status: 500 });
    };
    const { driver, times } = scripted([boom]);
    const wait = waitForJob(driver, handle, { maxPollFailures: 2 }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await wait).toBeInstanceOf(ServerError);
    expect(times).toHaveLength(3);
  });

  it('times out with a WaitTimeoutError carrying the handle, after a last look at the deadline', async () => {
    const { driver, times } = scripted([running()]);
    const wait = waitForJob(driver, handle, { timeoutMs: 9000 }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await wait;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).handle).toEqual(handle);
    expect(JSON.parse(JSON.stringify((error as WaitTimeoutError).handle))).toEqual(handle);
    expect(times).toEqual([1000, 3000, 6000, 9000]);
  });

  it('resumes a handle from elsewhere without repeating the initial delay', async () => {
    const { driver, times } = scripted([done]);
    const old = { ...handle, createdAt: new Date(Date.now() - 60_000).toISOString() };
    const wait = waitForJob(driver, JSON.parse(JSON.stringify(old)));
    await vi.runAllTimersAsync();
    await wait;
    expect(times).toEqual([0]);
  });

  it('an abort mid-wait stops polling and leaves the job running, with the handle to resume', async () => {
    const { driver, times } = scripted([running()]);
    const controller = new AbortController();
    const wait = waitForJob(driver, handle, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3500);
    controller.abort();
    await vi.runAllTimersAsync();
    const error = await wait;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).handle).toEqual(handle);
    expect(times).toEqual([1000, 3000]);
    expect(driver.cancel).not.toHaveBeenCalled();
  });

  it('with cancelOnAbort, an abort cancels the job and reports the refund', async () => {
    const { driver } = scripted([running()]);
    const controller = new AbortController();
    const wait = waitForJob(driver, handle, {
      signal: controller.signal,
      cancelOnAbort: true,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1500);
    controller.abort();
    await vi.runAllTimersAsync();
    const error = await wait;
    expect(error).toBeInstanceOf(JobCancelledError);
    expect(error).toMatchObject({ creditsRefunded: 7, body: { refunded: 7 }, state: 'cancelled' });
    expect(driver.cancel).toHaveBeenCalledOnce();
  });

  it('refuses a handle from another provider', async () => {
    const { driver } = scripted([done]);
    await expect(waitForJob(driver, { ...handle, provider: 'other' })).rejects.toThrow(
      /cannot wait for a other job/,
    );
  });
});
