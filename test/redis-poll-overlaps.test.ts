import { describe, expect, it } from 'vitest';
import { type PollInterval, pollOverlaps } from './helpers/poll-overlaps.ts';

const poll = (pid: number, id: string, start: number, end: number): PollInterval => ({
  pid,
  id,
  start,
  end,
});

describe('pollOverlaps', () => {
  it.each([
    ['one process, back to back', [poll(1, 'a', 0, 10), poll(1, 'a', 10, 20)], 0],
    [
      'one process, overlapping (its own shared poller)',
      [poll(1, 'a', 0, 10), poll(1, 'a', 5, 20)],
      0,
    ],
    ['two processes, one after the other', [poll(1, 'a', 0, 10), poll(2, 'a', 10, 20)], 0],
    ['two processes at once', [poll(1, 'a', 0, 10), poll(2, 'a', 9, 20)], 1],
    ['two processes, different jobs', [poll(1, 'a', 0, 10), poll(2, 'b', 5, 20)], 0],
    [
      'a long poll spanning two others',
      [poll(1, 'a', 0, 30), poll(2, 'a', 5, 10), poll(2, 'a', 20, 25)],
      2,
    ],
  ] as const)('%s', (_, polls, count) => {
    expect(pollOverlaps(polls)).toHaveLength(count);
  });
});
