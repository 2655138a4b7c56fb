import { describe, expect, it } from 'vitest';
import { drawFault } from './draw-fault.js';
import { seededRandom } from './seeded-random.js';

const draws = (seed: number, n: number, scenario: Parameters<typeof drawFault>[0]) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => drawFault(scenario, random));
};

describe('drawFault', () => {
  it('injects nothing without a rate, and everything at rate 1', () => {
    expect(draws(1, 50, {}).every((f) => f === undefined)).toBe(true);
    expect(draws(1, 50, { faultRate: 1 }).every((f) => f !== undefined)).toBe(true);
  });

  it('replays the same faults for the same seed, near the asked rate, from the asked kinds', () => {
    const scenario = { faultRate: 0.2, faults: ['429', 'reset'] as const };
    const a = draws(42, 2000, scenario);
    expect(draws(42, 2000, scenario)).toEqual(a);
    expect(draws(43, 2000, scenario)).not.toEqual(a);
    const hit = a.filter((f) => f !== undefined);
    expect(hit.length / a.length).toBeGreaterThan(0.15);
    expect(hit.length / a.length).toBeLessThan(0.25);
    expect(new Set(hit)).toEqual(new Set(['429', 'reset']));
  });
});
