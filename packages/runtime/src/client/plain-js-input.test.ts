import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, ValidationError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { compileSchema } from '../validation/compile-schema.js';
import { createProviderClient } from './create-provider-client.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './prepare-request.js';

// biome-ignore lint/suspicious/noExplicitAny: plain JavaScript callers, on purpose.
type AnyClient = any;

function client(apiKey = 'sk_test_plain_js_0123') {
  const sent: Request[] = [];
  const c: AnyClient = createProviderClient(fixture, {
    apiKey,
    fetch: async (request: Request) => {
      sent.push(request);
      return Response.json({ id: 'job_1', status: 'queued' });
    },
  });
  return { c, sent };
}

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('bad input from plain JavaScript is a typed error, with nothing sent', () => {
  const circular: Record<string, unknown> = { prompt: 'a fox' };
  circular.self = circular;

  it.each([
    ['a circular body', { prompt: 'a fox', nested: circular }],
    ['a BigInt', { prompt: 'a fox', seconds: 5n }],
  ])('%s is a ValidationError', async (_, body) => {
    const { c, sent } = client();
    for (const operation of ['createJob', 'createKeyedJob']) {
      const error = await refusal(c.submit(operation, { body }, { validate: false }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(/cannot be serialized as JSON/);
      const error2 = await refusal(c.submit(operation, { body }));
      expect(error2).toBeInstanceOf(ValidationError);
    }
    expect(sent).toEqual([]);
  });

  it.each([
    ['null options to call()', (c: AnyClient) => c.call('getJob', null), /\(options\) must be/],
    ['null params to call()', (c: AnyClient) => c.call('getJob', { params: null }), /params must/],
    ['string params to GET', (c: AnyClient) => c.GET('/jobs/{id}', { params: 'x' }), /params must/],
    ['null options to POST', (c: AnyClient) => c.POST('/jobs', null), /\(options\) must be/],
    [
      'a path that does not start with / (it would run on into the host)',
      (c: AnyClient) => c.GET('@evil.test/things'),
      /path must start with \//,
    ],
    [
      'a path that is not a string',
      (c: AnyClient) => c.request('get', new URL('https://evil.test/x')),
      /path must start with \//,
    ],
    [
      'a body on a GET',
      (c: AnyClient) => c.GET('/jobs/{id}', { params: { path: { id: 'j' } }, body: null }),
      /body is not allowed on GET; put the values in params.query/,
    ],
  ])('%s is a ValidationError', async (_, call, message) => {
    const { c, sent } = client();
    const error = await refusal(call(c));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect(sent).toEqual([]);
  });

  it('an API key that is not a string is a ConfigurationError, and input errors stay typed', async () => {
    const { c, sent } = client(12345678 as unknown as string);
    // Every error is redacted with the key: a number there made the redactor throw a TypeError.
    const invalid = await refusal(c.submit('createJob', { body: { prompt: 5 } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    const unkeyed = await refusal(c.submit('createJob', { body: { prompt: 'a fox' } }));
    expect(unkeyed).toBeInstanceOf(ConfigurationError);
    expect((unkeyed as Error).message).toMatch(/API key must be a string \(got a number\)/);
    expect(sent).toEqual([]);
  });

  it.each([
    ['a module namespace', { default: async () => Response.json({}) }],
    ['a string', 'fetch'],
  ])('a fetch option that is %s is a ConfigurationError, not a "lost" paid submit', (_, fetch) => {
    // It threw inside the attempt, where it read as a connection lost after sending: a paid
    // submit said the job may exist, and a GET was retried.
    expect(() =>
      createProviderClient(fixture, { apiKey: 'sk_test_plain_js_0123', fetch: fetch as never }),
    ).toThrow(
      /Acme fetch must be a function such as globalThis\.fetch \(got an? (object|string)\)/,
    );
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'call(%j), a name every object has, is a ConfigurationError naming no such operation',
    async (operationId) => {
      const { c, sent } = client();
      const error = await refusal(Promise.resolve().then(() => c.call(operationId, {})));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(`Acme has no operation ${operationId}`);
      expect(sent).toEqual([]);
    },
  );

  it.each([
    ['a line break', 'key\r\nX-Injected: 1', /printable ASCII/],
    ['a NUL', 'key\0', /printable ASCII/],
    ['a non-ASCII character', 'clé', /printable ASCII/],
    ['1 MB', 'k'.repeat(1 << 20), /at most 255 characters/],
    ['one over the limit', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1), /at most 255/],
    ['an empty string', '', /non-empty string/],
    ['a number', 42, /non-empty string/],
  ])('an idempotency key with %s is a ValidationError', async (_, idempotencyKey, message) => {
    const { c, sent } = client();
    const error = await refusal(
      c.submit('createKeyedJob', { body: { prompt: 'a fox' } }, { idempotencyKey }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect(sent).toEqual([]);
  });

  it('an idempotency key at the limit is sent', async () => {
    const { c, sent } = client();
    const idempotencyKey = 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH);
    await c.submit('createKeyedJob', { body: { prompt: 'a fox' } }, { idempotencyKey });
    expect(sent[0]?.headers.get('x-idempotency-key')).toBe(idempotencyKey);
  });

  it.each(['sk_tést_latin1_ok', 'sk_“quoted”', 'sk_🔑', 'sk_ключ'])(
    'an API key %s beyond Latin-1 is a ConfigurationError (Latin-1 passes)',
    async (apiKey) => {
      const { c, sent } = client(apiKey);
      const error = await refusal(c.submit('createJob', { body: { prompt: 'a fox' } }));
      if (apiKey === 'sk_tést_latin1_ok') {
        expect(error).toBeUndefined();
        expect(sent).toHaveLength(1);
      } else {
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).not.toContain(apiKey);
        expect(sent).toEqual([]);
      }
    },
  );
});

describe('a 10 MB string against a maxLength', () => {
  it('is refused without iterating its characters (the array of 10 M characters took seconds)', () => {
    const compiled = compileSchema({ type: 'string', maxLength: 6000 });
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const iterate = vi.spyOn(String.prototype, Symbol.iterator);
    try {
      expect(compiled.valid(huge)).toBe(false);
      const issues: { path: string; message: string }[] = [];
      compiled.collect(huge, '/text', issues);
      expect(issues).toEqual([
        { path: '/text', message: 'must be at most 6000 characters (got 10485760)' },
      ]);
      expect(iterate).not.toHaveBeenCalled();
    } finally {
      iterate.mockRestore();
    }
  });

  it.each([
    ['😀'.repeat(3), 3, true],
    ['😀'.repeat(4), 3, false],
    ['a😀b\ud800', 4, true],
  ])('counts code points: %j within %d is %s', (value, max, valid) => {
    expect(compileSchema({ type: 'string', maxLength: max }).valid(value)).toBe(valid);
  });
});

/** The client as plain JavaScript sees it: no types to stop a mistake. */
type Loose = ReturnType<typeof client>['c'];

describe('a job handle or a signal that is not one', () => {
  it.each([
    ['wait', (c: Loose) => c.wait(undefined)],
    ['wait', (c: Loose) => c.wait({})],
    ['poll', (c: Loose) => c.poll(null)],
    ['cancel', (c: Loose) => c.cancel('job_1')],
    ['waitAll', (c: Loose) => c.waitAll(undefined)],
    ['waitAll', (c: Loose) => c.waitAll([null])],
    ['call', (c: Loose) => c.call('getThing', { params: { path: { id: 'x' } } }, { signal: {} })],
    [
      'wait',
      (c: Loose) =>
        c.wait(
          {
            provider: 'acme',
            id: 'j',
            operationId: 'createJob',
            statusOperationId: 'getJob',
            params: {},
            createdAt: '',
          },
          { signal: 'stop' },
        ),
    ],
  ])('%s is a ConfigurationError, not a TypeError', async (_, use) => {
    const { c, sent } = client();
    const error = await refusal(Promise.resolve().then(() => use(c)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(sent).toEqual([]);
  });
});
