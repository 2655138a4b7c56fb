import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [800, '800 ms'],
    [1000, '1 s'],
    [1500, '1.5 s'],
    [8000, '8 s'],
    [59_000, '59 s'],
    [60_000, '1 min'],
    [90_000, '1 min 30 s'],
    [900_000, '15 min'],
    [3_600_000, '1 h'],
    [7_200_000, '2 h'],
    [9_000_000, '2 h 30 min'],
  ])('%d ms reads %s', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});
