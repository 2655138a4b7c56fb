import type { PollSchedule } from '@mediagen/runtime';
import { formatDuration } from './format-duration.ts';

/**
 * A poll schedule in words, as `createPollSchedule` in the runtime walks it: explicit delays when
 * `sequenceMs` is there (the last repeats), else an interval that grows linearly and/or
 * geometrically up to a cap. The runtime's 5 s default interval is named as such.
 */
export function describeSchedule(schedule: PollSchedule): string {
  const first = `first check after ${formatDuration(schedule.initialDelayMs)}`;
  const give = `gives up waiting after ${formatDuration(schedule.timeoutMs)} (the job keeps its id, so the wait can be resumed)`;
  return `${first}, then ${nextDelays(schedule)}; ${give}`;
}

function nextDelays(schedule: PollSchedule): string {
  const cap = schedule.maxIntervalMs;
  const capped = (ms: number) => (cap === undefined ? ms : Math.min(cap, ms));
  const { sequenceMs } = schedule;
  if (sequenceMs && sequenceMs.length > 0) {
    const delays = sequenceMs.map((ms) => formatDuration(capped(ms)));
    const last = delays.at(-1)!;
    if (delays.length === 1) return `every ${last}`;
    return `after ${delays.slice(0, -1).join(', ')}, then every ${last}`;
  }
  const interval =
    schedule.intervalMs === undefined
      ? `every ${formatDuration(capped(5000))} (the runtime's default: the spec gives no interval)`
      : `every ${formatDuration(capped(schedule.intervalMs))}`;
  const growth = [
    schedule.multiplier !== undefined && schedule.multiplier !== 1
      ? `× ${schedule.multiplier}`
      : undefined,
    schedule.incrementMs ? `+ ${formatDuration(schedule.incrementMs)}` : undefined,
  ].filter((part) => part !== undefined);
  const grows = growth.length > 0 ? `, growing ${growth.join(' then ')} per check` : '';
  const upTo = cap !== undefined && growth.length > 0 ? ` up to ${formatDuration(cap)}` : '';
  return `${interval}${grows}${upTo}`;
}
