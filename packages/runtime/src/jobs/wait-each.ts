import type { JobHandle } from '../job-handle.js';
import { createRateLimiter } from '../transport/rate-limiter.js';
import type { JobDriver } from './job-driver.js';
import { waitForJob } from './wait-for-job.js';
import type { WaitOptions } from './wait-options.js';
import type { JobResult } from './wait-outcomes.js';

export type JobSettled<Body = unknown> =
  | { status: 'fulfilled'; handle: JobHandle; value: JobResult<Body> }
  | { status: 'rejected'; handle: JobHandle; reason: unknown };

export interface WaitAllOptions extends Omit<WaitOptions, 'cancelOnAbort'> {
  /** A cap of your own on these waits' status requests, on top of the spec's documented limits. */
  rateLimit?: { requests: number; perSeconds: number };
}

/**
 * Yields each job as soon as it settles, like `Promise.allSettled` in the order they end. The jobs
 * are followed by the client's shared poll loop, so concurrent jobs share list requests where the
 * spec declares a list. Leaving the loop early stops waiting for the rest (the jobs go on).
 */
export async function* waitEach<Body = unknown>(
  driver: JobDriver,
  handles: readonly JobHandle[],
  options: WaitAllOptions = {},
): AsyncGenerator<JobSettled<Body>, void, undefined> {
  // A signal of our own per wait, all followed from the caller's through a single listener, so no
  // signal carries more listeners than one wait adds however many jobs there are.
  const own = handles.map(() => new AbortController());
  const stopAll = (reason: unknown) => {
    for (const controller of own) controller.abort(reason);
  };
  const { signal: outer, rateLimit, ...waitOptions } = options;
  const onAbort = () => stopAll(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  const limiter = rateLimit && createRateLimiter(rateLimit.requests, rateLimit.perSeconds * 1000);

  const settled: JobSettled<Body>[] = [];
  let wake: (() => void) | undefined;
  const arrive = (result: JobSettled<Body>) => {
    settled.push(result);
    wake?.();
  };
  for (const [i, handle] of handles.entries()) {
    waitForJob<Body>(
      driver,
      handle,
      { ...waitOptions, signal: own[i]!.signal },
      limiter ? { limiter } : {},
    ).then(
      (value) => arrive({ status: 'fulfilled', handle, value }),
      (reason: unknown) => arrive({ status: 'rejected', handle, reason }),
    );
  }
  let yielded = 0;
  try {
    while (yielded < handles.length) {
      while (settled.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      yielded++;
      yield settled.shift()!;
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    if (yielded < handles.length) stopAll(new Error('waitEach was left before every job settled'));
  }
}
