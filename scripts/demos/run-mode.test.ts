import { describe, expect, it } from 'vitest';
import { runMode } from './run-mode.ts';

describe('runMode', () => {
  it.each([
    [[], false, false, ''],
    [[], true, false, 'VYDRA_API_KEY is set but ignored without --live'],
    [['--live'], false, false, 'VYDRA_API_KEY is not set, so --live cannot call the real API'],
    [['--live'], true, true, 'live API, key from VYDRA_API_KEY: this spends real credits'],
    [['--liveish'], true, false, 'VYDRA_API_KEY is set but ignored without --live'],
  ])('argv %j, key set %s: live %s', (argv, keySet, live, note) => {
    expect(runMode(argv, 'VYDRA_API_KEY', keySet)).toEqual({ live, note });
  });
});
