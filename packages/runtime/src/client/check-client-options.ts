import { ConfigurationError } from '../errors.js';
import { isPrimitive } from '../validation/json-value.js';

type Rule = [accepts: (value: number) => boolean, expected: string];

const above0: Rule = [(v) => v > 0, 'a number above 0'];
const atLeast0: Rule = [(v) => v >= 0, 'a number, 0 or more'];
const whole = (v: number) => Number.isInteger(v) || v === Number.POSITIVE_INFINITY;

const CLIENT: Record<string, Rule> = {
  timeoutMs: above0,
  deadlineMs: above0,
  maxResponseBytes: above0,
  maxConcurrency: [(v) => v >= 1 && whole(v), 'a whole number, 1 or more'],
};
const CALL: Record<string, Rule> = { timeoutMs: above0, deadlineMs: above0 };
const RETRY: Record<string, Rule> = {
  maxRetries: [(v) => v >= 0 && whole(v), 'a whole number, 0 or more'],
  baseDelayMs: atLeast0,
  maxDelayMs: atLeast0,
};
const RATE: Record<string, Rule> = { requests: above0, perSeconds: above0 };

// Only a number is quoted back: a string put in the wrong option could be anything, a key included.
const shown = (value: unknown) =>
  typeof value === 'number'
    ? String(value)
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

function fieldProblem(
  options: object,
  rules: Record<string, Rule>,
  prefix: string,
): string | undefined {
  for (const [name, [accepts, expected]] of Object.entries(rules)) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !accepts(value))
      return `${prefix}${name} must be ${expected} (got ${shown(value)})`;
  }
  return undefined;
}

const isObject = (value: unknown): value is object => !isPrimitive(value);

function retryProblem(retry: unknown, prefix: string): string | undefined {
  if (retry === undefined) return undefined;
  if (!isObject(retry)) return `${prefix}retry must be an object such as { maxRetries: 2 }`;
  return fieldProblem(retry, RETRY, `${prefix}retry.`);
}

function rateLimitsProblem(rateLimits: unknown): string | undefined {
  if (rateLimits === undefined || rateLimits === false) return undefined;
  if (!isObject(rateLimits)) return 'rateLimits must be false or an object of groups';
  for (const [group, limit] of Object.entries(rateLimits)) {
    if (limit === false) continue;
    const where = `rateLimits['${group}']`;
    if (!isObject(limit)) return `${where} must be false or { requests, perSeconds }`;
    const problem = fieldProblem(limit, RATE, `${where}.`);
    if (problem) return problem;
    if (!('requests' in limit && 'perSeconds' in limit))
      return `${where} needs both requests and perSeconds`;
  }
  return undefined;
}

/**
 * What is wrong with a client's options, if anything. Plain JavaScript can pass a string, NaN or 0
 * where a number is due, and each silently turned a bound off (a NaN timeout arms no timer) or
 * stalled every call (`maxConcurrency: 0`).
 */
export function clientOptionsProblem(options: object): string | undefined {
  const { retry, rateLimits, fetch } = options as Record<string, unknown>;
  return (
    fieldProblem(options, CLIENT, '') ??
    retryProblem(retry, '') ??
    rateLimitsProblem(rateLimits) ??
    fetchProblem(fetch)
  );
}

/** A fetch that is not a function threw inside an attempt, read as a connection lost after sending. */
function fetchProblem(fetch: unknown): string | undefined {
  if (fetch == null || typeof fetch === 'function') return undefined;
  return `fetch must be a function such as globalThis.fetch (got ${shown(fetch)}); for a module, pass its default export`;
}

/** The same for one call's options: its timeouts and retry policy. */
export function requestOptionsProblem(options: object): string | undefined {
  const { retry } = options as { retry?: unknown };
  return fieldProblem(options, CALL, '') ?? retryProblem(retry, '');
}

/** Throws the problem, if any, as a `ConfigurationError`: nothing has been sent. */
export function refuseOptions(problem: string | undefined, provider: string, id: string): void {
  if (problem === undefined) return;
  throw new ConfigurationError(`${provider} ${problem}, so nothing was sent.`, { provider: id });
}
