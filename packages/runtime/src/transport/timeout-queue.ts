import { MAX_TIMER_MS } from '../max-timer.js';

/**
 * Attempt timeouts on one timer. Arming and clearing a `setTimeout` per attempt is a measurable part
 * of a call's cost; attempts mostly share one timeout length, so their deadlines arrive in the
 * order they were added and one timer, armed for the earliest, serves them all.
 */
export interface TimeoutQueue {
  /** Calls `onTimeout` after `ms` unless the returned `clear` runs first. */
  add(ms: number, onTimeout: () => void): () => void;
}

interface Entry {
  deadline: number;
  onTimeout: () => void;
  done: boolean;
}

export function createTimeoutQueue(now: () => number = Date.now): TimeoutQueue {
  let queue: Entry[] = [];
  let live = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor = Number.POSITIVE_INFINITY;

  const disarm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
  };

  const arm = () => {
    let head = 0;
    while (head < queue.length && queue[head]!.done) head++;
    if (head > 0) queue = queue.slice(head);
    if (live === 0 || queue.length === 0) {
      queue = [];
      disarm();
      return;
    }
    const deadline = queue[0]!.deadline;
    if (timer !== undefined && armedFor <= deadline) return;
    disarm();
    armedFor = deadline;
    // A deadline beyond one timer's reach is re-armed when the timer fires early (`expire`).
    timer = setTimeout(expire, Math.min(MAX_TIMER_MS, Math.max(0, deadline - now())));
    // A pending request keeps the process alive by itself; its timeout must not.
    (timer as { unref?: () => void }).unref?.();
  };

  function expire() {
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
    const t = now();
    const due: Entry[] = [];
    for (const entry of queue) {
      if (!entry.done && entry.deadline <= t) {
        entry.done = true;
        live--;
        due.push(entry);
      }
    }
    queue = queue.filter((e) => !e.done);
    arm();
    for (const entry of due) entry.onTimeout();
  }

  return {
    add(ms, onTimeout) {
      const entry: Entry = { deadline: now() + ms, onTimeout, done: false };
      live++;
      // Usually the latest deadline yet: append. A shorter timeout walks back to its place.
      let i = queue.length;
      while (i > 0 && queue[i - 1]!.deadline > entry.deadline) i--;
      if (i === queue.length) queue.push(entry);
      else queue.splice(i, 0, entry);
      if (entry.deadline < armedFor) arm();
      return () => {
        if (entry.done) return;
        entry.done = true;
        live--;
        if (live === 0) {
          queue = [];
          disarm();
        } else if (queue.length > 64 && live < queue.length / 2) {
          // Cleared entries are dropped in bulk, so a long queue stays proportional to live ones.
          queue = queue.filter((e) => !e.done);
        }
      };
    },
  };
}
