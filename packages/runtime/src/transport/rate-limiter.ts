import { createPacer } from './pacer.js';

export interface RateLimiter {
  /** Resolves when one more request may start. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** At most `requests` starts per `perMs`, evenly spaced: a pacer without a concurrency cap. */
export function createRateLimiter(requests: number, perMs: number): RateLimiter {
  const pacer = createPacer({ requests, perMs });
  return {
    async acquire(signal) {
      (await pacer.acquire(signal))();
    },
  };
}

export const unlimited: RateLimiter = { acquire: async () => undefined };
