import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './scenario.js';

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
  ])('refuses %j and says what works', (header, message) => {
    expect(() => parseScenario(header)).toThrow(ScenarioError);
    expect(() => parseScenario(header)).toThrow(message);
  });
});
