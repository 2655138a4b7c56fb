import type { PushedJob } from './read-pushed-job.js';

/** A job's end as a push reported it, with the payload it came in. */
export interface PushArrival {
  job: PushedJob;
  body: unknown;
}

/**
 * What a delivery meant: `first` ended the job; `repeat` said the same end again; `conflict` named
 * another end and `after-end` a running state after the end, both ignored; `progress` a running
 * state before any end.
 */
export type DeliveryVerdict = 'first' | 'repeat' | 'conflict' | 'after-end' | 'progress';

export interface PushHub {
  /** Resolves when a push reports the job's end. `release` stops listening. */
  expect(jobId: string): { arrived: Promise<PushArrival>; release(): void };
  /**
   * Settles every wait for the job at once, and keeps the end a while for waits not yet started.
   * The first end is final: `end` is the one kept, whatever later arrivals say. `notify: false`
   * only records it (a wait's own poll, which ends that wait itself).
   */
  deliver(arrival: PushArrival, notify?: boolean): { verdict: DeliveryVerdict; end?: PushArrival };
  /** Whether a wait is listening for the job. */
  awaited(jobId: string): boolean;
  /** The end kept for the job, if one is. */
  ended(jobId: string): PushArrival | undefined;
}

/**
 * Connects a client's push handler to its pending waits. A push may beat the submit's answer, so
 * ends are remembered (bounded in count and age) for a wait that starts after them. The first end
 * a job is seen with (pushed, listed or polled) is final, so two waits on one job never end
 * differently when the provider contradicts itself.
 */
export function createPushHub({ keepMs = 10 * 60_000, keep = 1000 } = {}): PushHub {
  const waiting = new Map<string, Set<(arrival: PushArrival) => void>>();
  const recent = new Map<string, { arrival: PushArrival; at: number }>();
  const ended = (jobId: string) => {
    const kept = recent.get(jobId);
    return kept && Date.now() - kept.at < keepMs ? kept.arrival : undefined;
  };
  return {
    ended,
    expect(jobId) {
      const kept = ended(jobId);
      if (kept) return { arrived: Promise.resolve(kept), release() {} };
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
    deliver(arrival, notify = true) {
      const id = arrival.job.id;
      const end = ended(id);
      if (arrival.job.status === 'running') {
        return end ? { verdict: 'after-end', end } : { verdict: 'progress' };
      }
      if (end)
        return { verdict: end.job.status === arrival.job.status ? 'repeat' : 'conflict', end };
      recent.delete(id);
      recent.set(id, { arrival, at: Date.now() });
      // Map order is insertion order: the first entry is the oldest.
      if (recent.size > keep) recent.delete(recent.keys().next().value as string);
      if (!notify) return { verdict: 'first', end: arrival };
      for (const listener of waiting.get(id) ?? []) listener(arrival);
      waiting.delete(id);
      return { verdict: 'first', end: arrival };
    },
  };
}
