import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { ConfigurationError } from './errors.js';
import { readPointer } from './json-pointer.js';
import { loadApiKey } from './load-api-key.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { createPollSchedule } from './poll-schedule.js';
import { createRateLimiter } from './rate-limiter.js';
import { ttlCache } from './ttl-cache.js';
import { validateBaseUrl } from './validate-base-url.js';
import { validateInput } from './validate-input.js';

describe('validateBaseUrl', () => {
  it.each([
    'https://api.example.com',
    'http://localhost:4010',
    'http://127.0.0.1:9/x',
    'http://[::1]:80',
  ])('accepts %s', (url) => {
    expect(validateBaseUrl(url, 'Acme')).toBe(url);
  });
  it.each(['http://api.example.com', 'http://10.0.0.5', 'ftp://example.com', 'not a url'])(
    'refuses %s, saying why',
    (url) => {
      expect(() => validateBaseUrl(url, 'Acme')).toThrow(ConfigurationError);
      if (url.startsWith('http:'))
        expect(() => validateBaseUrl(url, 'Acme')).toThrow(/https.*clear text.*loopback/);
    },
  );
});

describe('loadApiKey', () => {
  it('prefers the option, then the env var, and names both when neither is set', () => {
    expect(loadApiKey({ apiKey: 'k', envVar: 'ACME_TEST_KEY_UNSET', provider: 'Acme' })).toBe('k');
    process.env.ACME_TEST_KEY_SET = 'from-env';
    expect(loadApiKey({ apiKey: undefined, envVar: 'ACME_TEST_KEY_SET', provider: 'Acme' })).toBe(
      'from-env',
    );
    delete process.env.ACME_TEST_KEY_SET;
    expect(() =>
      loadApiKey({ apiKey: undefined, envVar: 'ACME_TEST_KEY_UNSET', provider: 'Acme' }),
    ).toThrow(
      "Acme API key is missing. Pass it using the 'apiKey' option or set the ACME_TEST_KEY_UNSET environment variable.",
    );
    expect(() => loadApiKey({ apiKey: ' ', envVar: 'X', provider: 'Acme' })).toThrow(/empty/);
  });
});

describe('parseRetryAfter', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('reads each form of hint, preferring milliseconds', () => {
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(h({ 'retry-after': '7' }))).toBe(7000);
    expect(
      parseRetryAfter(
        h({ 'retry-after': 'Wed, 21 Oct 2015 07:28:10 GMT' }),
        undefined,
        undefined,
        Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'),
      ),
    ).toBe(10_000);
    expect(parseRetryAfter(h({}), { retry_after: 12 })).toBe(12_000);
    expect(parseRetryAfter(h({}), { wait: '3' }, '/wait')).toBe(3000);
    expect(parseRetryAfter(h({}), {})).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially, with jitter, under the cap', () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 0))).toEqual([
      500, 1000, 2000, 2500,
    ]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 1))).toEqual([
      1000, 2000, 4000, 5000,
    ]);
  });
});

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

describe('readPointer', () => {
  it('reads plain and wildcard pointers', () => {
    const body = { outputs: [{ url: 'a' }, { url: 'b' }], data: { 'x/y': 1 } };
    expect(readPointer(body, '/outputs/*/url')).toEqual(['a', 'b']);
    expect(readPointer(body, '/data/x~1y')).toEqual([1]);
    expect(readPointer(body, '/missing/x')).toEqual([]);
  });
});

describe('validateInput', () => {
  const schema = {
    oneOf: [
      {
        title: 'Single',
        type: 'object',
        required: ['prompt'],
        additionalProperties: false,
        properties: { prompt: { type: 'string', maxLength: 5 }, multi: { const: false } },
      },
      {
        title: 'Multi',
        type: 'object',
        required: ['multi', 'shots'],
        additionalProperties: false,
        properties: {
          multi: { const: true },
          shots: { type: 'array', maxItems: 2, items: { type: 'integer', minimum: 1 } },
        },
      },
    ],
  } as const;
  it('accepts either branch', () => {
    expect(validateInput(schema, { prompt: 'hi' })).toEqual([]);
    expect(validateInput(schema, { multi: true, shots: [1, 2] })).toEqual([]);
  });
  it('reports the closest branch', () => {
    expect(validateInput(schema, { multi: true, shots: [1, 0, 3] })).toEqual([
      { path: '/shots', message: 'must have at most 2 items (got 3)' },
      { path: '/shots/1', message: 'must be at least 1 (got 0)' },
    ]);
    expect(validateInput(schema, { prompt: 'too long' })).toEqual([
      { path: '/prompt', message: 'must be at most 5 characters (got 8)' },
    ]);
  });
  it('checks types, enums and patterns', () => {
    expect(validateInput({ type: 'integer' }, 1.5)).toEqual([
      { path: '(body)', message: 'must be integer (got number)' },
    ]);
    expect(validateInput({ enum: ['a', 'b'] }, 'c')[0]!.message).toBe(
      'must be one of "a", "b" (got "c")',
    );
    expect(validateInput({ type: 'string', pattern: '^[a-z0-9_-]{1,64}$' }, 'Acme')).toHaveLength(
      1,
    );
  });
});

describe('createRateLimiter', () => {
  it('never starts more than N in a window', async () => {
    let t = 0;
    const limiter = createRateLimiter(2, 1000, () => t);
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const pending = limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(third).toBe(false);
    t = 1000;
    await pending;
    expect(third).toBe(true);
  });
});

describe('ttlCache', () => {
  it('loads once per TTL, shares a load in flight, and does not cache failures', async () => {
    let t = 0;
    let loads = 0;
    const cache = ttlCache(
      async () => {
        loads++;
        if (loads === 3) throw new Error('down');
        return loads;
      },
      100,
      () => t,
    );
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    t = 150;
    expect(await cache.get()).toBe(2);
    expect(await cache.get({ refresh: true }).catch(() => 'failed')).toBe('failed');
    expect(await cache.get()).toBe(4);
  });
});
