import type { PollSchedule } from './provider-metadata.js';

/** Returns the delay before each next poll, following the provider's documented schedule. */
export function createPollSchedule(schedule: PollSchedule): () => number {
  const { sequenceMs, intervalMs = 5000, incrementMs = 0, multiplier = 1 } = schedule;
  const max = schedule.maxIntervalMs ?? Number.POSITIVE_INFINITY;
  let polls = 0;
  let current = intervalMs;
  return () => {
    if (sequenceMs && sequenceMs.length > 0) {
      return Math.min(max, sequenceMs[Math.min(polls++, sequenceMs.length - 1)]!);
    }
    const next = Math.min(max, current);
    current = Math.min(max, current * multiplier + incrementMs);
    return next;
  };
}
