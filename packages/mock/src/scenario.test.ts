import { describe, expect, it } from 'vitest';
import { checkScenario, parseScenario, ScenarioError } from './scenario.js';

describe('parseScenario', () => {
  it.each([
    ['outcome=failed', { outcome: 'failed' }],
    [
      'steps=3; step-ms=2000; time-scale=100; latency=5',
      { steps: 3, stepMs: 2000, timeScale: 100, latencyMs: 5 },
    ],
    [
      'fault-rate=0.2; faults=429,reset; seed=7; retry-after=0',
      { faultRate: 0.2, faults: ['429', 'reset'], seed: 7, retryAfterSeconds: 0 },
    ],
    ['stateless', { stateless: true }],
    ['stateless=false', { stateless: false }],
    ['', {}],
  ])('reads %j', (header, scenario) => {
    expect(parseScenario(header)).toEqual(scenario);
  });

  it.each([
    ['outcome=done', /succeeded, failed or cancelled/],
    ['steps=-1', /number of 0 or more/],
    ['fault-rate=2', /share from 0 to 1/],
    ['faults=boom', /any of 429/],
    ['speed=3', /unknown scenario key "speed"/],
    ['stateless=maybe', /stateless=true/],
    // Provider time standing still would never end a job, and its wait loops would spin.
    ['time-scale=0', /time-scale=0: expected a number above 0/],
  ])('refuses %j and says what works', (header, message) => {
    expect(() => parseScenario(header)).toThrow(ScenarioError);
    expect(() => parseScenario(header)).toThrow(message);
  });
});

describe('checkScenario', () => {
  it.each([
    [{ timeScale: 0 }, /timeScale: 0: expected a number above 0/],
    [{ timeScale: Number.POSITIVE_INFINITY }, /timeScale: Infinity: expected a number above 0/],
    [{ stepMs: -1 }, /stepMs: -1: expected a number of 0 or more/],
    [{ faultRate: 1.5 }, /faultRate: 1.5: expected a share from 0 to 1/],
  ])('refuses %j', (scenario, message) => {
    expect(() => checkScenario(scenario)).toThrow(message);
  });

  it('takes a sound scenario, and undefined settings (which clear one)', () => {
    const scenario = { timeScale: 100, stepMs: 0, faultRate: 1, seed: undefined };
    expect(checkScenario(scenario)).toBe(scenario);
  });
});
