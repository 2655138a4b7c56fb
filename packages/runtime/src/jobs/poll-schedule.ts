import type { PollSchedule } from '../provider-metadata.js';

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

/** How much slower the safety-net polls run while a callback or webhook is expected. */
export const SAFETY_NET_FACTOR = 20;

/**
 * The schedule polls follow while a push is expected: the documented one stretched, so a push that
 * never arrives still ends the wait by polling, at a fraction of the requests. The give-up time stays.
 */
export function safetyNetSchedule(
  schedule: PollSchedule,
  factor = SAFETY_NET_FACTOR,
): PollSchedule {
  const scale = (ms: number | undefined) => (ms === undefined ? undefined : ms * factor);
  const out: PollSchedule = { ...schedule, initialDelayMs: schedule.initialDelayMs * factor };
  for (const key of ['intervalMs', 'incrementMs', 'maxIntervalMs'] as const) {
    if (schedule[key] !== undefined) out[key] = scale(schedule[key]);
  }
  if (schedule.sequenceMs) out.sequenceMs = schedule.sequenceMs.map((ms) => ms * factor);
  return out;
}
