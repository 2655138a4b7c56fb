import { MAX_TIMER_MS } from '../max-timer.js';

/** Returned by `Pacer.acquire`: call it when the request is over, body read, to free its place. */
export type Release = () => void;

export interface Pacer {
  /**
   * Waits for this request's turn. Rejects with the signal's reason on abort, and with
   * `PacerTimeout` when no turn came within `maxWaitMs`.
   */
  acquire(signal?: AbortSignal, maxWaitMs?: number): Promise<Release>;
}

export interface PacerOptions {
  /** At most `requests` starts per `perMs`, spaced evenly rather than in bursts. */
  requests?: number;
  perMs?: number;
  /** At most this many requests in flight at once. */
  maxConcurrent?: number;
}

/** A request waited longer than its budget for a turn. */
export class PacerTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`no turn within ${waitedMs} ms`);
  }
}

// Timers and the network add a little jitter; spacing a hair wider keeps every window under the limit.
const SPACING_MARGIN = 1.02;

interface Waiter {
  grant: (release: Release) => void;
  fail: (reason: unknown) => void;
  done: boolean;
}

/**
 * Paces one rate-limit group of one client: every request of the group, retries included, takes a
 * turn here. Starts are spaced `perMs / requests` apart, so no window of `perMs` at the server ever
 * holds more than `requests`, and at most `maxConcurrent` are in flight. Waiters are served in order.
 *
 * The spacing is a timer armed at each start, so a mocked `Date.now`, a jump of the wall clock or
 * fake timers cannot stall it. A timer may fire a little early against the monotonic clock (Node
 * arms it from the event loop's cached time), so a small shortfall is waited out; a large one means
 * the timers run on a faked clock, which is then trusted.
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  const spacing =
    options.requests && options.perMs ? (options.perMs / options.requests) * SPACING_MARGIN : 0;
  const maxConcurrent = options.maxConcurrent ?? Number.POSITIVE_INFINITY;
  const waiters: Waiter[] = [];
  let inFlight = 0;
  let lastStart = 0;
  // Armed for `spacing` after each start; no one starts while it runs.
  let spacer: ReturnType<typeof setTimeout> | undefined;
  // Only a waiter keeps the process alive: an idle spacer must not delay its exit.
  const hold = (alive: boolean) => {
    if (alive) spacer?.ref?.();
    else spacer?.unref?.();
  };

  const release = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight--;
      pump();
    };
  };

  const take = (): Release => {
    inFlight++;
    if (spacing > 0) {
      lastStart = performance.now();
      arm(spacing);
    }
    return release();
  };

  function arm(ms: number) {
    spacer = setTimeout(() => {
      const short = spacing - (performance.now() - lastStart);
      if (short > 0 && short < spacing / 2) return arm(Math.ceil(short));
      spacer = undefined;
      pump();
    }, ms);
    hold(waiters.some((w) => !w.done));
  }

  const ready = () => inFlight < maxConcurrent && spacer === undefined;

  function pump() {
    while (waiters.length > 0 && waiters[0]!.done) waiters.shift();
    hold(waiters.length > 0);
    if (waiters.length === 0 || !ready()) return;
    const waiter = waiters.shift()!;
    waiter.done = true;
    waiter.grant(take());
    pump();
  }

  return {
    acquire(signal, maxWaitMs = Number.POSITIVE_INFINITY) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (waiters.length === 0 && ready()) return Promise.resolve(take());
      return new Promise<Release>((resolve, reject) => {
        let budget: ReturnType<typeof setTimeout> | undefined;
        const settle = () => {
          waiter.done = true;
          if (budget !== undefined) clearTimeout(budget);
          signal?.removeEventListener('abort', onAbort);
          if (waiters.every((w) => w.done)) hold(false);
        };
        const waiter: Waiter = {
          done: false,
          grant: (r) => {
            settle();
            resolve(r);
          },
          fail: (reason) => {
            settle();
            reject(reason);
          },
        };
        const onAbort = () => waiter.fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        // A long budget (a deadline of weeks) is waited in steps one timer holds.
        const wait = (left: number) => {
          budget = setTimeout(
            () =>
              left > MAX_TIMER_MS
                ? wait(left - MAX_TIMER_MS)
                : waiter.fail(new PacerTimeout(maxWaitMs)),
            Math.min(left, MAX_TIMER_MS),
          );
        };
        if (Number.isFinite(maxWaitMs)) wait(maxWaitMs);
        waiters.push(waiter);
        pump();
      });
    },
  };
}
