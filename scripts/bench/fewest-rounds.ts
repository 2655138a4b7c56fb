import { createPollSchedule } from '@mediagen/runtime/provider';

/**
 * The fewest list requests that see every job at least once in each of its windows (`[from, to]`,
 * ms): greedy interval stabbing, which is optimal. A window is the span between two of a job's own
 * documented polls, so no schedule that keeps each job's detection lag within its own polling
 * needs fewer list requests than this.
 */
export function fewestRounds(windows: ReadonlyArray<readonly [number, number]>): number {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const [from, to] of [...windows].sort((a, b) => a[1] - b[1])) {
    if (from <= last) continue;
    last = to;
    count++;
  }
  return count;
}

/** A job's windows: from its submit to each documented poll, up to the first after its end. */
export function pollWindows(
  submittedAt: number,
  doneAt: number,
  schedule: Parameters<typeof createPollSchedule>[0],
): Array<[number, number]> {
  const next = createPollSchedule(schedule);
  const windows: Array<[number, number]> = [];
  let from = submittedAt;
  let at = submittedAt + schedule.initialDelayMs;
  for (;;) {
    windows.push([from, at]);
    if (at >= doneAt) return windows;
    from = at;
    at += next();
  }
}
