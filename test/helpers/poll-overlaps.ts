/** One status request as a worker logged it. */
export interface PollInterval {
  pid: number;
  id: string;
  start: number;
  end: number;
}

/**
 * Status requests for the same job by different processes that were in flight at the same time:
 * what a poll claim must prevent. Pure, over the workers' logs.
 */
export function pollOverlaps(polls: readonly PollInterval[]): [PollInterval, PollInterval][] {
  const byJob = new Map<string, PollInterval[]>();
  for (const poll of polls) byJob.set(poll.id, [...(byJob.get(poll.id) ?? []), poll]);
  const overlaps: [PollInterval, PollInterval][] = [];
  for (const list of byJob.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.start < sorted[i]!.end; j++) {
        if (sorted[j]!.pid !== sorted[i]!.pid) overlaps.push([sorted[i]!, sorted[j]!]);
      }
    }
  }
  return overlaps;
}
