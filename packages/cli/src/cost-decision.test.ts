import { describe, expect, it } from 'vitest';
import { type CostPolicy, decideCost } from './cost-decision.js';

const base: CostPolicy = { yes: false, confirmAbove: 0, interactive: true, free: false };

describe('decideCost', () => {
  it.each([
    ['a mock is free', 100, { free: true, interactive: false }, 'proceed'],
    ['--yes', undefined, { yes: true, interactive: false }, 'proceed'],
    ['within --max-cost', 5, { maxCost: 5, interactive: false }, 'proceed'],
    ['above --max-cost', 6, { maxCost: 5 }, 'refuse'],
    ['no figure to hold to --max-cost', undefined, { maxCost: 5 }, 'refuse'],
    ['--yes does not lift --max-cost', 6, { yes: true, maxCost: 5, interactive: false }, 'refuse'],
    ['--yes with --max-cost and no figure', undefined, { yes: true, maxCost: 5 }, 'refuse'],
    ['--yes within --max-cost', 5, { yes: true, maxCost: 5, interactive: false }, 'proceed'],
    ['at or below --confirm-above', 2, { confirmAbove: 2 }, 'proceed'],
    ['above --confirm-above at a terminal', 3, { confirmAbove: 2 }, 'ask'],
    ['no figure at a terminal', undefined, {}, 'ask'],
    ['paid, in a script, no flag', 1, { interactive: false }, 'refuse'],
  ] as const)('%s', (_, worst, policy, action) => {
    expect(decideCost(worst, { ...base, ...policy }).action).toBe(action);
  });
});
