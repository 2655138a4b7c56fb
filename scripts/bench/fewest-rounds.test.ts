import { describe, expect, it } from 'vitest';
import { fewestRounds, pollWindows } from './fewest-rounds.ts';

describe('fewestRounds', () => {
  it.each<[string, Array<[number, number]>, number]>([
    ['no windows', [], 0],
    ['one window', [[0, 10]], 1],
    [
      'overlapping windows share a round',
      [
        [0, 10],
        [5, 15],
        [9, 20],
      ],
      1,
    ],
    [
      'a window that starts where a round ends it is served by it',
      [
        [0, 10],
        [10, 20],
      ],
      1,
    ],
    [
      'disjoint windows',
      [
        [0, 10],
        [11, 20],
        [21, 30],
      ],
      3,
    ],
    [
      'a short window inside a long one',
      [
        [0, 100],
        [40, 50],
      ],
      1,
    ],
    [
      'order does not matter',
      [
        [21, 30],
        [0, 10],
        [11, 20],
      ],
      3,
    ],
    [
      'staggered new jobs, 100 apart, 250 long',
      [
        [0, 250],
        [100, 350],
        [200, 450],
        [300, 550],
      ],
      2,
    ],
  ])('%s', (_, windows, expected) => {
    expect(fewestRounds(windows)).toBe(expected);
  });
});

describe('pollWindows', () => {
  const timeoutMs = 60_000;
  it.each<[string, number, number, number[], Array<[number, number]>]>([
    ['ends before the first poll', 0, 100, [250], [[0, 250]]],
    [
      'follows the sequence to the first poll after the end',
      0,
      600,
      [250, 500],
      [
        [0, 250],
        [250, 500],
        [500, 1000],
      ],
    ],
    [
      'repeats the last delay',
      10,
      1300,
      [500],
      [
        [10, 260],
        [260, 760],
        [760, 1260],
        [1260, 1760],
      ],
    ],
  ])('%s', (_, submittedAt, doneAt, sequenceMs, expected) => {
    const schedule = { initialDelayMs: 250, sequenceMs, timeoutMs };
    expect(pollWindows(submittedAt, doneAt, schedule)).toEqual(expected);
  });
  it('follows a growing interval', () => {
    const schedule = { initialDelayMs: 100, intervalMs: 100, incrementMs: 100, timeoutMs };
    expect(pollWindows(0, 250, schedule)).toEqual([
      [0, 100],
      [100, 200],
      [200, 400],
    ]);
  });
});
