import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe-schedule.ts';

const GIVE_UP = '(the job keeps its id, so the wait can be resumed)';

describe('describeSchedule', () => {
  it.each([
    [
      'a linear growth to a cap (HappyHorse)',
      {
        initialDelayMs: 8000,
        intervalMs: 10000,
        incrementMs: 2000,
        maxIntervalMs: 20000,
        timeoutMs: 900000,
      },
      `first check after 8 s, then every 10 s, growing + 2 s per check up to 20 s; gives up waiting after 15 min ${GIVE_UP}`,
    ],
    [
      'a geometric growth',
      {
        initialDelayMs: 2000,
        intervalMs: 2000,
        multiplier: 1.5,
        maxIntervalMs: 15000,
        timeoutMs: 600000,
      },
      `first check after 2 s, then every 2 s, growing × 1.5 per check up to 15 s; gives up waiting after 10 min ${GIVE_UP}`,
    ],
    [
      'both growths, as the runtime applies them: multiply, then add',
      { initialDelayMs: 1000, intervalMs: 1000, multiplier: 2, incrementMs: 500, timeoutMs: 60000 },
      `first check after 1 s, then every 1 s, growing × 2 then + 500 ms per check; gives up waiting after 1 min ${GIVE_UP}`,
    ],
    [
      'a flat interval',
      { initialDelayMs: 15000, intervalMs: 5000, timeoutMs: 300000 },
      `first check after 15 s, then every 5 s; gives up waiting after 5 min ${GIVE_UP}`,
    ],
    [
      'no interval: the runtime default',
      { initialDelayMs: 3000, timeoutMs: 120000 },
      `first check after 3 s, then every 5 s (the runtime's default: the spec gives no interval); gives up waiting after 2 min ${GIVE_UP}`,
    ],
    [
      'an explicit sequence, the last repeating, under the cap',
      {
        initialDelayMs: 5000,
        sequenceMs: [5000, 10000, 60000],
        maxIntervalMs: 30000,
        timeoutMs: 3600000,
      },
      `first check after 5 s, then after 5 s, 10 s, then every 30 s; gives up waiting after 1 h ${GIVE_UP}`,
    ],
    [
      'a one-step sequence',
      { initialDelayMs: 5000, sequenceMs: [5000], timeoutMs: 600000 },
      `first check after 5 s, then every 5 s; gives up waiting after 10 min ${GIVE_UP}`,
    ],
  ])('%s', (_case, schedule, words) => {
    expect(describeSchedule(schedule)).toBe(words);
  });
});
