/**
 * What a test can ask of the mock, per mock (`startMock(…, { scenario })`, `mock.setScenario`), per
 * job (`mock.setJobScenario`, or the header on the submit) or per request (the header on any call).
 */
export type Outcome = 'succeeded' | 'failed' | 'cancelled';
export type FaultKind = '429' | '5xx' | 'reset' | 'stall' | 'truncate';

export const FAULT_KINDS: readonly FaultKind[] = ['429', '5xx', 'reset', 'stall', 'truncate'];

export interface Scenario {
  /** How a job ends. Default: succeeded. */
  outcome?: Outcome;
  /** Status answers that report the job running before it ends. Default: one per running example. */
  steps?: number;
  /** Provider time per step. Unset, a job moves one step per status request. */
  stepMs?: number;
  /** Real milliseconds added before every answer. */
  latencyMs?: number;
  /** Provider milliseconds per real millisecond: 100 runs documented schedules 100 times faster. */
  timeScale?: number;
  /** Share of requests (0-1) that get an injected fault. */
  faultRate?: number;
  /** The faults drawn from. Default: all of them. */
  faults?: readonly FaultKind[];
  /** Seed of the fault draw, so a run can be replayed. */
  seed?: number;
  /** `Retry-After` seconds on an injected 429. Default 1. */
  retryAfterSeconds?: number;
  /** Answer as Prism alone would, from the spec's examples, with no jobs (as a `Prefer` header does). */
  stateless?: boolean;
}

/** The request header that carries a scenario: `X-Mediagen-Mock: outcome=failed; steps=3`. */
export const SCENARIO_HEADER = 'x-mediagen-mock';

const NUMBERS = {
  steps: 'steps',
  'step-ms': 'stepMs',
  latency: 'latencyMs',
  'latency-ms': 'latencyMs',
  'time-scale': 'timeScale',
  'fault-rate': 'faultRate',
  seed: 'seed',
  'retry-after': 'retryAfterSeconds',
} as const;

export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/** Parses the header. Unknown keys and bad values are refused, so a typo never silently does nothing. */
export function parseScenario(header: string): Scenario {
  const scenario: Record<string, unknown> = {};
  for (const part of header.split(';')) {
    if (part.trim() === '') continue;
    const [rawKey, ...rest] = part.split('=');
    const key = rawKey!.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'outcome') {
      if (!['succeeded', 'failed', 'cancelled'].includes(value))
        throw new ScenarioError(`outcome=${value}: use succeeded, failed or cancelled`);
      scenario.outcome = value;
    } else if (key === 'faults') {
      const kinds = value.split(',').map((k) => k.trim());
      const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k as FaultKind));
      if (unknown.length > 0)
        throw new ScenarioError(`faults=${value}: use any of ${FAULT_KINDS.join(', ')}`);
      scenario.faults = kinds;
    } else if (key === 'stateless') {
      if (!['', 'true', 'false'].includes(value))
        throw new ScenarioError(
          `stateless=${value}: use stateless, stateless=true or stateless=false`,
        );
      scenario.stateless = value !== 'false';
    } else if (key in NUMBERS) {
      const number = Number(value);
      if (value === '' || !Number.isFinite(number) || number < 0)
        throw new ScenarioError(`${key}=${value}: expected a number of 0 or more`);
      scenario[NUMBERS[key as keyof typeof NUMBERS]] = number;
    } else {
      throw new ScenarioError(
        `unknown scenario key "${key}"; use outcome, steps, step-ms, latency, time-scale, fault-rate, faults, seed, retry-after or stateless`,
      );
    }
  }
  if (typeof scenario.faultRate === 'number' && scenario.faultRate > 1)
    throw new ScenarioError(`fault-rate=${scenario.faultRate}: expected a share from 0 to 1`);
  // Provider time standing still would never end a job, and the waits on it would spin.
  if (scenario.timeScale === 0)
    throw new ScenarioError('time-scale=0: expected a number above 0 (1 is real time)');
  return scenario as Scenario;
}

const NUMBER_FIELDS = [...new Set(Object.values(NUMBERS))];

/**
 * The header's rules for a scenario given through the API (`startMock`, `setScenario`,
 * `setJobScenario`); an `undefined` setting, which clears one, passes. Returns the scenario.
 */
export function checkScenario<S extends Scenario>(scenario: S): S {
  const { timeScale, faultRate } = scenario;
  if (timeScale !== undefined && (timeScale <= 0 || !Number.isFinite(timeScale)))
    throw new ScenarioError(`timeScale: ${timeScale}: expected a number above 0 (1 is real time)`);
  for (const field of NUMBER_FIELDS) {
    const value = scenario[field];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0)
      throw new ScenarioError(`${field}: ${value}: expected a number of 0 or more`);
  }
  if (faultRate !== undefined && faultRate > 1)
    throw new ScenarioError(`faultRate: ${faultRate}: expected a share from 0 to 1`);
  return scenario;
}
