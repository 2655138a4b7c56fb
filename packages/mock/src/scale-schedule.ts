/**
 * A documented poll schedule at the mock's time scale: every duration divided by it, so a client
 * given the result waits as the documented schedule would, only faster. Growth factors stay.
 */
import type { PollSchedule } from '@mediagen/runtime';

export function scaleSchedule(schedule: PollSchedule, timeScale: number): PollSchedule {
  const scale = (ms: number) => ms / Math.max(timeScale, Number.MIN_VALUE);
  return {
    ...schedule,
    initialDelayMs: scale(schedule.initialDelayMs),
    timeoutMs: scale(schedule.timeoutMs),
    ...(schedule.intervalMs !== undefined ? { intervalMs: scale(schedule.intervalMs) } : {}),
    ...(schedule.incrementMs !== undefined ? { incrementMs: scale(schedule.incrementMs) } : {}),
    ...(schedule.maxIntervalMs !== undefined
      ? { maxIntervalMs: scale(schedule.maxIntervalMs) }
      : {}),
    ...(schedule.sequenceMs ? { sequenceMs: schedule.sequenceMs.map(scale) } : {}),
  };
}
