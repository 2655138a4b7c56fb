import { describe, expect, it } from 'vitest';
import { createPollSchedule, safetyNetSchedule } from './poll-schedule.js';

describe('createPollSchedule', () => {
  it('follows HappyHorse-style linear growth with a cap', () => {
    const next = createPollSchedule({
      initialDelayMs: 8000,
      intervalMs: 10000,
      incrementMs: 2000,
      maxIntervalMs: 20000,
      timeoutMs: 1,
    });
    expect(Array.from({ length: 8 }, next)).toEqual([
      10000, 12000, 14000, 16000, 18000, 20000, 20000, 20000,
    ]);
  });
  it('follows an explicit sequence whose last delay repeats', () => {
    const next = createPollSchedule({
      initialDelayMs: 5000,
      sequenceMs: [5000, 10000, 30000],
      timeoutMs: 1,
    });
    expect(Array.from({ length: 5 }, next)).toEqual([5000, 10000, 30000, 30000, 30000]);
  });
  it('grows geometrically', () => {
    const next = createPollSchedule({
      initialDelayMs: 0,
      intervalMs: 10000,
      multiplier: 1.5,
      maxIntervalMs: 30000,
      timeoutMs: 1,
    });
    expect(Array.from({ length: 5 }, next)).toEqual([10000, 15000, 22500, 30000, 30000]);
  });
});

describe('safetyNetSchedule', () => {
  it.each([
    [
      {
        initialDelayMs: 1000,
        intervalMs: 2000,
        incrementMs: 1000,
        maxIntervalMs: 4000,
        timeoutMs: 60000,
      },
      {
        initialDelayMs: 20000,
        intervalMs: 40000,
        incrementMs: 20000,
        maxIntervalMs: 80000,
        timeoutMs: 60000,
      },
    ],
    [
      { initialDelayMs: 0, sequenceMs: [500, 1000], timeoutMs: 5000 },
      { initialDelayMs: 0, sequenceMs: [10000, 20000], timeoutMs: 5000 },
    ],
    [
      { initialDelayMs: 8000, intervalMs: 10000, multiplier: 1.5, timeoutMs: 1 },
      { initialDelayMs: 160000, intervalMs: 200000, multiplier: 1.5, timeoutMs: 1 },
    ],
  ])('stretches every delay twenty-fold and keeps the give-up time: %j', (schedule, expected) => {
    expect(safetyNetSchedule(schedule)).toEqual(expected);
  });
});
