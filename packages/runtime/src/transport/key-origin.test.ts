import { describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { ConfigurationError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';

const apiKey = 'sk_test_key_origin_0123456789';

// biome-ignore lint/suspicious/noExplicitAny: plain JavaScript callers, on purpose.
type AnyClient = any;

// A base URL without a path, as most providers have: a path can then run on into the host.
function client(baseUrl = 'https://api.acme.test') {
  const sent: Request[] = [];
  const c: AnyClient = createProviderClient(fixture, {
    apiKey,
    baseUrl,
    fetch: async (request: Request) => {
      sent.push(request);
      return Response.json({ id: 'job_1', status: 'queued' });
    },
  });
  return { c, sent };
}

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('the API key goes to the base URL origin only, whatever URL a call builds', () => {
  const thing = { params: { path: { id: 't1' } } };
  it.each([
    [
      "a per-call baseUrl (openapi-fetch's own option)",
      (c: AnyClient) => c.GET('/things/{id}', { ...thing, baseUrl: 'https://evil.test' }),
    ],
    [
      'a per-call plain-http baseUrl',
      (c: AnyClient) =>
        c.POST('/jobs', { body: { prompt: 'a fox' }, baseUrl: 'http://api.acme.test' }),
    ],
    [
      'a middleware that moves the request',
      (c: AnyClient) => {
        c.use({
          onRequest: ({ request }: { request: Request }) =>
            new Request('https://evil.test/x', request),
        });
        return c.GET('/things/{id}', thing);
      },
    ],
    [
      'a call by operation id with a per-call baseUrl',
      (c: AnyClient) => c.call('getThing', { ...thing, baseUrl: 'https://evil.test/v1' }),
    ],
  ])('%s is a ConfigurationError and nothing is sent', async (_, use) => {
    const { c, sent } = client();
    const error = await refusal(Promise.resolve().then(() => use(c)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/API key .* only to https:\/\/api\.acme\.test/);
    expect(JSON.stringify(error)).not.toContain(apiKey);
    expect(sent).toEqual([]);
  });

  it('a per-call baseUrl on the same origin is still sent with the key', async () => {
    const { c, sent } = client();
    await c.GET('/things/{id}', { ...thing, baseUrl: 'https://api.acme.test/' });
    expect(sent.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${apiKey}`]);
  });
});
