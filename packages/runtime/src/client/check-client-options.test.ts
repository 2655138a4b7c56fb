import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { clientOptionsProblem, requestOptionsProblem } from './check-client-options.js';
import { createProviderClient } from './create-provider-client.js';

describe('clientOptionsProblem', () => {
  it.each([
    [{}, undefined],
    [{ timeoutMs: 1, deadlineMs: Number.POSITIVE_INFINITY, maxConcurrency: 8 }, undefined],
    [{ maxResponseBytes: 32 << 20, retry: { maxRetries: 0, baseDelayMs: 0 } }, undefined],
    [{ rateLimits: false }, undefined],
    [{ rateLimits: { a: false, b: { requests: 30, perSeconds: 60 } } }, undefined],
    [{ timeoutMs: 'soon' }, 'timeoutMs must be a number above 0 (got a string)'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs must be a number above 0 (got NaN)'],
    [{ deadlineMs: 0 }, 'deadlineMs must be a number above 0 (got 0)'],
    [{ deadlineMs: null }, 'deadlineMs must be a number above 0 (got null)'],
    [{ maxResponseBytes: -1 }, 'maxResponseBytes must be a number above 0 (got -1)'],
    [{ maxConcurrency: 0 }, 'maxConcurrency must be a whole number, 1 or more (got 0)'],
    [{ maxConcurrency: 2.5 }, 'maxConcurrency must be a whole number, 1 or more (got 2.5)'],
    [{ retry: 3 }, 'retry must be an object such as { maxRetries: 2 }'],
    [{ retry: { maxRetries: -1 } }, 'retry.maxRetries must be a whole number, 0 or more (got -1)'],
    [
      { retry: { baseDelayMs: '1s' } },
      'retry.baseDelayMs must be a number, 0 or more (got a string)',
    ],
    [{ rateLimits: true }, 'rateLimits must be false or an object of groups'],
    [
      { rateLimits: { a: { requests: 0, perSeconds: 60 } } },
      "rateLimits['a'].requests must be a number above 0 (got 0)",
    ],
    [{ rateLimits: { a: { requests: 30 } } }, "rateLimits['a'] needs both requests and perSeconds"],
  ])('%j: %s', (options, problem) => {
    expect(clientOptionsProblem(options)).toBe(problem);
  });
});

describe('requestOptionsProblem', () => {
  it.each([
    [{}, undefined],
    [{ timeoutMs: 5000, retry: { maxRetries: 1 } }, undefined],
    [{ timeoutMs: Number.NaN }, 'timeoutMs must be a number above 0 (got NaN)'],
    [{ deadlineMs: '5000' }, 'deadlineMs must be a number above 0 (got a string)'],
    [{ retry: { maxDelayMs: -5 } }, 'retry.maxDelayMs must be a number, 0 or more (got -5)'],
  ])('%j: %s', (options, problem) => {
    expect(requestOptionsProblem(options)).toBe(problem);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: plain JavaScript callers, on purpose.
type Loose = any;

describe('a client or call with such an option', () => {
  function client(options: object) {
    const sent: Request[] = [];
    const make = (): Loose =>
      createProviderClient(fixture, {
        apiKey: 'sk_test_numeric_0123',
        fetch: async (request: Request) => {
          sent.push(request);
          return Response.json({ ok: true });
        },
        ...options,
      });
    return { make, sent };
  }
  const thing = { params: { path: { id: 't1' } } };

  it('is a ConfigurationError when the client is made', () => {
    expect(() => client({ timeoutMs: 'soon' }).make()).toThrow(ConfigurationError);
    expect(() => client({ maxConcurrency: 0 }).make()).toThrow(
      /maxConcurrency must be a whole number, 1 or more \(got 0\)/,
    );
  });

  it.each([
    ['call', (c: Loose) => c.call('getThing', thing, { timeoutMs: Number.NaN })],
    ['call', (c: Loose) => c.call('getThing', thing, { deadlineMs: 'x' })],
    [
      'submit',
      (c: Loose) =>
        c.submit('createJob', { body: { prompt: 'a fox' } }, { retry: { maxRetries: Number.NaN } }),
    ],
  ])('is a ConfigurationError from %s, with nothing sent', async (_, use) => {
    const { make, sent } = client({});
    const error = await Promise.resolve()
      .then(() => use(make()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(sent).toEqual([]);
  });
});
