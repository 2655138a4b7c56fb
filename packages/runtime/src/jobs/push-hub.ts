import type { PushedJob } from './read-pushed-job.js';

/** A job's end as a push reported it, with the payload it came in. */
export interface PushArrival {
  job: PushedJob;
  body: unknown;
}

export interface PushHub {
  /** Resolves when a push reports the job's end. `release` stops listening. */
  expect(jobId: string): { arrived: Promise<PushArrival>; release(): void };
  /** Settles every wait for the job at once, and keeps the end a while for waits not yet started. */
  deliver(arrival: PushArrival): void;
  /** Whether a wait is listening for the job. */
  awaited(jobId: string): boolean;
}

/**
 * Connects a client's push handler to its pending waits. A push may beat the submit's answer, so
 * ends are remembered (bounded in count and age) for a wait that starts after them.
 */
export function createPushHub({ keepMs = 10 * 60_000, keep = 1000 } = {}): PushHub {
  const waiting = new Map<string, Set<(arrival: PushArrival) => void>>();
  const recent = new Map<string, { arrival: PushArrival; at: number }>();
  return {
    expect(jobId) {
      const kept = recent.get(jobId);
      if (kept && Date.now() - kept.at < keepMs) {
        return { arrived: Promise.resolve(kept.arrival), release() {} };
      }
      let listener!: (arrival: PushArrival) => void;
      const arrived = new Promise<PushArrival>((resolve) => {
        listener = resolve;
      });
      const set = waiting.get(jobId) ?? new Set();
      set.add(listener);
      waiting.set(jobId, set);
      return {
        arrived,
        release() {
          set.delete(listener);
          if (set.size === 0 && waiting.get(jobId) === set) waiting.delete(jobId);
        },
      };
    },
    awaited: (jobId) => waiting.has(jobId),
    deliver(arrival) {
      if (arrival.job.status === 'running') return;
      const id = arrival.job.id;
      recent.delete(id);
      recent.set(id, { arrival, at: Date.now() });
      // Map order is insertion order: the first entry is the oldest.
      if (recent.size > keep) recent.delete(recent.keys().next().value as string);
      for (const listener of waiting.get(id) ?? []) listener(arrival);
      waiting.delete(id);
    },
  };
}
