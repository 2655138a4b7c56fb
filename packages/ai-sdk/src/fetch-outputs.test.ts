import { AbortError, InvalidResponseError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import type { RequestFetch } from './download-output.js';
import { fetchOutputs } from './fetch-outputs.js';
import { finishedJob } from './finished-job.js';
import { fixtureHandle } from './fixture-handle.js';

const handle = fixtureHandle('horacle', 'job-1');
const [FAILS, STALLS] = ['https://cdn.example.com/0.png', 'https://cdn.example.com/1.png'];
const job = finishedJob({
  status: 'succeeded',
  state: 'completed',
  handle,
  outputs: [FAILS, STALLS],
  body: {},
  elapsedMs: 1,
});

/** A fetch that never answers and ends on its signal, keeping the reason it fired with. */
function hangUntilAborted(request: Request, reasons: unknown[]) {
  return new Promise<never>((_, reject) => {
    const stop = () => {
      reasons.push(request.signal.reason);
      reject(request.signal.reason);
    };
    if (request.signal.aborted) stop();
    else request.signal.addEventListener('abort', stop);
  });
}

/**
 * The first output answers 500 once the second one's request is out; the second never answers
 * and records why its signal fired. The download timeout (1 s) bounds the case without the shared
 * abort, and then the reason is the timeout's, not the sibling's failure.
 */
function oneFailsOneStalls() {
  const reasons: unknown[] = [];
  let started!: () => void;
  const stalling = new Promise<void>((resolve) => (started = resolve));
  const fetch: RequestFetch = async (request) => {
    if (request.url === FAILS) {
      await stalling;
      return new Response('no', { status: 500 });
    }
    started();
    return hangUntilAborted(request, reasons);
  };
  return { fetch, reasons };
}

describe('fetchOutputs', () => {
  it("stops the other downloads when one fails, with that failure as the paid job's error", async () => {
    const { fetch, reasons } = oneFailsOneStalls();
    const error = await fetchOutputs(job, { fetch, download: { downloadTimeoutMs: 1_000 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain('answered 500');
    expect(error).toHaveProperty('handle', handle);
    expect(reasons.map(String)).toEqual([expect.stringContaining('answered 500')]);
  });

  it("stops every download on the caller's signal, as an AbortError with the handle", async () => {
    const controller = new AbortController();
    const reasons: unknown[] = [];
    const fetch: RequestFetch = (request) => {
      if (request.url === STALLS) controller.abort(new Error('stopped by the caller'));
      return hangUntilAborted(request, reasons);
    };
    const error = await fetchOutputs(job, { fetch, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).handle).toEqual(handle);
    expect(reasons.map(String)).toEqual([
      'Error: stopped by the caller',
      'Error: stopped by the caller',
    ]);
  });
});
