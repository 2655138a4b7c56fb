import { delay } from './delay.js';

export interface RateLimiter {
  /** Resolves when one more request fits in the window. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** A sliding-window limiter: never more than `requests` starts in any `perMs` window. */
export function createRateLimiter(
  requests: number,
  perMs: number,
  now: () => number = Date.now,
): RateLimiter {
  const starts: number[] = [];
  let queue = Promise.resolve();
  const take = async (signal?: AbortSignal) => {
    for (;;) {
      const t = now();
      while (starts.length > 0 && starts[0]! <= t - perMs) starts.shift();
      if (starts.length < requests) {
        starts.push(t);
        return;
      }
      await delay(starts[0]! + perMs - t, signal);
    }
  };
  return {
    acquire(signal) {
      // Serialize waiters so they are served in order and none can overtake the window.
      const turn = queue.then(() => take(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

export const unlimited: RateLimiter = { acquire: async () => undefined };
