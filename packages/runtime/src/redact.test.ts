import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from './create-provider-client.js';
import { MediagenError } from './errors.js';
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

describe('the API key never travels with an error', () => {
  it('not when the server echoes the Authorization header back in its error body', async () => {
    const server = await scriptedServer((req, res) =>
      json(res, 401, {
        error: { code: 'bad_key', message: `rejected ${req.headers.authorization}` },
        echo: req.headers,
      }),
    );
    close = server.close;
    const client = createProviderClient(fixture, { apiKey, baseUrl: server.url });
    const error = await client
      .call('getThing' as never, { params: { path: { id: 'x' } } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediagenError);
    expect((error as MediagenError).providerMessage).toBe('rejected Bearer [REDACTED]');
    for (const [where, text] of Object.entries(everyRendering(error))) {
      expect(text, where).not.toContain(apiKey);
    }
  });

  it('not when fetch itself fails quoting the header value', async () => {
    const failingFetch = async (request: Request) => {
      throw new TypeError(
        `Headers.set: "${request.headers.get('authorization')}" is an invalid header value.`,
        {
          cause: new Error(`value ${request.headers.get('authorization')}`),
        },
      );
    };
    const client = createProviderClient(fixture, {
      apiKey,
      baseUrl: 'https://api.acme.test/v1',
      fetch: failingFetch,
      retry: { maxRetries: 0 },
    });
    const error = await client
      .call('getThing' as never, { params: { path: { id: 'x' } } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediagenError);
    expect(inspect(error, { depth: 10 })).toContain('[REDACTED]');
    for (const [where, text] of Object.entries(everyRendering(error))) {
      expect(text, where).not.toContain(apiKey);
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
