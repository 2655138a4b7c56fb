import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from './client/create-provider-client.js';
import { ConfigurationError, MediagenError } from './errors.js';
import { fixture } from './test-support/fixture-metadata.js';
import { json, scriptedServer } from './test-support/scripted-server.js';

const apiKey = 'sk_live_SECRET_never_show_me_42';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

function everyRendering(error: unknown): Record<string, string> {
  const e = error as Error & { cause?: unknown };
  return {
    message: e.message,
    stack: e.stack ?? '',
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: 10, showHidden: true }),
    cause: inspect(e.cause, { depth: 10, showHidden: true }),
    string: String(e),
  };
}

/** The error of one getThing call through a client with these options. */
function failedCall(options: Parameters<typeof createProviderClient>[1]) {
  return createProviderClient(fixture, options)
    .call('getThing' as never, { params: { path: { id: 'x' } } } as never)
    .catch((e: unknown) => e);
}

function expectNowhere(error: unknown, ...secrets: string[]) {
  for (const [where, text] of Object.entries(everyRendering(error))) {
    for (const secret of secrets) expect(text, where).not.toContain(secret);
  }
}

describe('the API key never travels with an error', () => {
  it('not when the server echoes the Authorization header back in its error body', async () => {
    const server = await scriptedServer((req, res) =>
      json(res, 401, {
        error: { code: 'bad_key', message: `rejected ${req.headers.authorization}` },
        echo: req.headers,
      }),
    );
    close = server.close;
    const error = await failedCall({ apiKey, baseUrl: server.url });
    expect(error).toBeInstanceOf(MediagenError);
    expect((error as MediagenError).providerMessage).toBe('rejected Bearer [REDACTED]');
    expectNowhere(error, apiKey);
  });

  const auth = (request: Request) => request.headers.get('authorization');
  it.each([
    [
      'when fetch itself fails quoting the header value',
      (request: Request) =>
        new TypeError(`Headers.set: "${auth(request)}" is an invalid header value.`, {
          cause: new Error(`value ${auth(request)}`),
        }),
      'value Bearer [REDACTED]',
    ],
    [
      'inside an AggregateError in the cause chain (undici reports each address tried)',
      (request: Request) =>
        new TypeError('fetch failed', {
          cause: new AggregateError([new Error(`refused ${auth(request)}`)], 'connect'),
        }),
      'refused Bearer [REDACTED]',
    ],
  ])('not %s', async (_, failure, redacted) => {
    const error = await failedCall({
      apiKey,
      baseUrl: 'https://api.acme.test/v1',
      fetch: async (request: Request) => {
        throw failure(request);
      },
      retry: { maxRetries: 0 },
    });
    expect(error).toBeInstanceOf(MediagenError);
    expect(inspect(error, { depth: 10 })).toContain(redacted);
    expectNowhere(error, apiKey);
  });

  it.each([
    ['a trailing space', ' '],
    ['a trailing tab', '\t'],
  ])('not when the key ends in %s, which the header drops', async (_, tail) => {
    const server = await scriptedServer((req, res) =>
      json(res, 401, { error: { message: `bad key ${req.headers.authorization}` } }),
    );
    close = server.close;
    const error = await failedCall({ apiKey: `${apiKey}${tail}`, baseUrl: server.url });
    expect((error as MediagenError).providerMessage).toBe('bad key Bearer [REDACTED]');
    expectNowhere(error, apiKey);
  });

  it('not when the key holds a line break: a typed error, not a Headers TypeError quoting it', async () => {
    for (const bad of [`${apiKey}\n`, `${apiKey}\r\nX: y`, `sk_\0${apiKey}`]) {
      const error = await failedCall({
        apiKey: bad,
        baseUrl: 'https://api.acme.test',
      });
      expect(error).toBeInstanceOf(ConfigurationError);
      expectNowhere(error, apiKey);
    }
  });

  it.each([
    ['across the 500-character cut of a text body', (key: string) => `${'x'.repeat(490)}${key}`],
    ['URL-encoded in an echo', (key: string) => `you sent ${encodeURIComponent(key)}`],
    ['as a JSON property name', (key: string) => JSON.stringify({ [key]: 'unknown key' })],
  ])('not %s', async (_name, echo) => {
    const key = 'sk live/SECRET+key=42&x';
    const server = await scriptedServer((_q, res) => {
      const body = echo(key);
      res.writeHead(400, {
        'content-type': body.startsWith('{') ? 'application/json' : 'text/plain',
      });
      res.end(body);
    });
    close = server.close;
    const error = await failedCall({ apiKey: key, baseUrl: server.url });
    expect(error).toBeInstanceOf(MediagenError);
    expectNowhere(error, key, encodeURIComponent(key), key.slice(0, 10));
  });

  it('not when a custom fetch throws an object carrying the headers', async () => {
    const failingFetch = async (request: Request) => {
      throw { message: 'proxy refused', headers: request.headers, request };
    };
    const error = await failedCall({
      apiKey,
      baseUrl: 'https://api.acme.test/v1',
      fetch: failingFetch,
      retry: { maxRetries: 0 },
    });
    expect(error).toBeInstanceOf(MediagenError);
    expectNowhere(error, apiKey);
  });

  it('not when the key is short', async () => {
    const short = 'k7Q';
    const server = await scriptedServer((req, res) =>
      json(res, 401, { error: { message: `bad key ${req.headers.authorization}` } }),
    );
    close = server.close;
    const error = await failedCall({ apiKey: short, baseUrl: server.url });
    expect((error as MediagenError).providerMessage).toBe('bad key Bearer [REDACTED]');
  });

  it('not in the error for an invalid baseUrl', () => {
    for (const baseUrl of [
      `api.acme.test/v1?key=${apiKey}`,
      `https://api.acme.test/v1?key=${apiKey}`,
    ]) {
      let error: unknown;
      try {
        createProviderClient(fixture, { apiKey, baseUrl });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expectNowhere(error, apiKey);
    }
  });

  it('and never in the URL', async () => {
    const server = await scriptedServer((_q, res) => json(res, 200, {}));
    close = server.close;
    const client = createProviderClient(fixture, { apiKey, baseUrl: server.url });
    await client.call('getThing' as never, { params: { path: { id: 'x' } } } as never);
    expect(server.requests[0]!.path).not.toContain(apiKey);
  });
});
