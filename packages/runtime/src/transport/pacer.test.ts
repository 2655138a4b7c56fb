import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, PacerTimeout } from './pacer.js';

beforeEach(() => {
  // performance.now too: the pacer measures each spacing against it, and a real one beside fake
  // timers makes the test depend on how busy the machine is (a loaded run saw the real clock move
  // far enough between a start and its fake timer for the pacer to wait out a "shortfall" the fake
  // clock never advanced to).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The most starts any window of `windowMs` holds, the way a strict server counts them. */
function busiestWindow(starts: number[], windowMs: number): number {
  let most = 0;
  for (const [i, t] of starts.entries()) {
    most = Math.max(most, starts.filter((s, j) => j >= i && s < t + windowMs).length);
  }
  return most;
}

describe('createPacer', () => {
  it.each([
    [20, 1000, 100],
    [120, 60_000, 130],
    [10, 60_000, 12],
  ])(
    '%i per %i ms: %i requests never exceed the limit in any window',
    async (requests, perMs, n) => {
      const pacer = createPacer({ requests, perMs });
      const starts: number[] = [];
      const all = Array.from({ length: n }, () =>
        pacer.acquire().then((release) => {
          starts.push(Date.now());
          release();
        }),
      );
      await vi.advanceTimersByTimeAsync((n / requests + 1) * perMs * 1.1);
      await Promise.all(all);
      expect(starts).toHaveLength(n);
      expect(busiestWindow(starts, perMs)).toBeLessThanOrEqual(requests);
    },
  );

  it('holds at most maxConcurrent in flight; a release lets the next one go', async () => {
    const pacer = createPacer({ maxConcurrent: 2 });
    const first = await pacer.acquire();
    await pacer.acquire();
    let third = false;
    const pending = pacer.acquire().then((r) => {
      third = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(third).toBe(false);
    first();
    first(); // a second release of the same turn frees nothing more
    await pending;
    expect(third).toBe(true);
    let fourth = false;
    void pacer.acquire().then(() => {
      fourth = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(fourth).toBe(false);
  });

  it('an aborted waiter leaves the queue; a waiter out of budget gets PacerTimeout', async () => {
    const pacer = createPacer({ maxConcurrent: 1 });
    const held = await pacer.acquire();
    const controller = new AbortController();
    const aborted = pacer.acquire(controller.signal);
    const timed = pacer.acquire(undefined, 500);
    const later = pacer.acquire();
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    const timedOut = expect(timed).rejects.toBeInstanceOf(PacerTimeout);
    await vi.advanceTimersByTimeAsync(500);
    await timedOut;
    held();
    await expect(later).resolves.toBeTypeOf('function');
  });
});

describe('a wait budget beyond what one timer holds (2^31 - 1 ms, about 24.8 days)', () => {
  // Node and browsers run a longer setTimeout after 1 ms: a long deadline (deadlineMs of 30 days,
  // Number.MAX_SAFE_INTEGER) failed every wait for a turn at once.
  it.each([2 ** 31, 30 * 24 * 3_600_000, Number.MAX_SAFE_INTEGER])(
    'a budget of %d ms is not out after 1 ms',
    async (budget) => {
      const pacer = createPacer({ maxConcurrent: 1 });
      const held = await pacer.acquire();
      let outcome = 'waiting';
      void pacer.acquire(undefined, budget).then(
        () => {
          outcome = 'granted';
        },
        (e: unknown) => {
          outcome = e instanceof PacerTimeout ? 'timed out' : String(e);
        },
      );
      await vi.advanceTimersByTimeAsync(10);
      expect(outcome).toBe('waiting');
      held();
      await vi.advanceTimersByTimeAsync(0);
      expect(outcome).toBe('granted');
    },
  );

  it('still runs out, at its end', async () => {
    const pacer = createPacer({ maxConcurrent: 1 });
    await pacer.acquire();
    const budget = 2 ** 31 + 5_000;
    const timed = pacer.acquire(undefined, budget);
    const timedOut = expect(timed).rejects.toBeInstanceOf(PacerTimeout);
    let settled = false;
    timed.catch(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(budget - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await timedOut;
  });
});

describe('createPacer on a clock it cannot trust', () => {
  it('a frozen Date.now does not stall it', async () => {
    vi.useRealTimers();
    vi.spyOn(Date, 'now').mockReturnValue(0);
    const pacer = createPacer({ requests: 2, perMs: 100 });
    for (let i = 0; i < 3; i++) (await pacer.acquire())();
    vi.restoreAllMocks();
  });
});
