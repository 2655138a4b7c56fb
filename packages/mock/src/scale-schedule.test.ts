import { describe, expect, it } from 'vitest';
import { scaleSchedule } from './scale-schedule.js';

describe('scaleSchedule', () => {
  it.each([
    [
      {
        initialDelayMs: 8000,
        intervalMs: 10000,
        incrementMs: 2000,
        maxIntervalMs: 20000,
        timeoutMs: 900000,
      },
      100,
      { initialDelayMs: 80, intervalMs: 100, incrementMs: 20, maxIntervalMs: 200, timeoutMs: 9000 },
    ],
    [
      { initialDelayMs: 5000, sequenceMs: [5000, 10000], timeoutMs: 900000 },
      1000,
      { initialDelayMs: 5, sequenceMs: [5, 10], timeoutMs: 900 },
    ],
    [
      { initialDelayMs: 10000, intervalMs: 10000, multiplier: 1.5, timeoutMs: 1200000 },
      1,
      { initialDelayMs: 10000, intervalMs: 10000, multiplier: 1.5, timeoutMs: 1200000 },
    ],
  ])('%j at %i×', (schedule, scale, expected) => {
    expect(scaleSchedule(schedule, scale)).toEqual(expected);
  });
});
