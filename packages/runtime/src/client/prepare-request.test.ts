import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ValidationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';
import { createProviderClient } from './create-provider-client.js';

const metadata = {
  ...fixture,
  operations: {
    ...fixture.operations,
    createJob: { ...fixture.operations.createJob, bodyRequired: true },
  },
} satisfies ProviderMetadata;

// biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
type AnyClient = any;

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client() {
  server = await scriptedServer((_q, res) => json(res, 200, { id: 'job_1', status: 'queued' }));
  const c = createProviderClient(metadata, {
    apiKey: 'sk_test_prepare_0123456789',
    baseUrl: server.url,
  });
  return c as unknown as AnyClient;
}

const invalid = { prompt: 'a cat', seconds: 99 };

describe('the pre-send check validates exactly what will be sent', () => {
  it.each([
    ['a submit with no body', (c: AnyClient) => c.POST('/jobs', {})],
    ['call() with no body', (c: AnyClient) => c.call('createJob', {})],
    [
      'a content-type override',
      (c: AnyClient) =>
        c.POST('/jobs', { body: invalid, headers: { 'content-type': 'text/plain' } }),
    ],
    [
      'a bodySerializer override',
      (c: AnyClient) =>
        c.POST('/jobs', { body: {}, bodySerializer: () => JSON.stringify(invalid) }),
    ],
    [
      'a serializer whose output is not JSON under a JSON type',
      (c: AnyClient) => c.POST('/jobs', { body: invalid, bodySerializer: () => 'prompt=x' }),
    ],
    [
      'a bytes body',
      (c: AnyClient) =>
        c.POST('/jobs', {
          body: {},
          bodySerializer: () => new TextEncoder().encode(JSON.stringify(invalid)),
        }),
    ],
  ])('%s is refused before anything is sent', async (_name, send) => {
    const c = await client();
    await expect(send(c)).rejects.toBeInstanceOf(ValidationError);
    expect(server!.requests).toHaveLength(0);
  });

  it('a serializer that changes a valid body is checked on its output', async () => {
    const c = await client();
    await c.POST('/jobs', {
      body: invalid,
      bodySerializer: (b: object) => JSON.stringify({ ...b, seconds: 5 }),
    });
    expect(JSON.parse(server!.requests[0]!.body)).toEqual({ prompt: 'a cat', seconds: 5 });
  });

  it('form data it cannot read without sending is left to the server, not refused', async () => {
    const c = await client();
    const form = new FormData();
    form.set('prompt', 'a cat');
    await c.POST('/jobs', { body: form });
    expect(server!.requests).toHaveLength(1);
  });
});

describe('validate: false', () => {
  it.each([
    ['call()', (c: AnyClient) => c.call('createJob', { body: invalid }, { validate: false })],
    ['submit()', (c: AnyClient) => c.submit('createJob', { body: invalid }, { validate: false })],
  ])('%s sends a body the spec refuses, as it is', async (_name, send) => {
    const c = await client();
    await send(c);
    expect(server!.requests).toHaveLength(1);
    expect(JSON.parse(server!.requests[0]!.body)).toEqual(invalid);
  });

  it('is per call: the next call is checked again', async () => {
    const c = await client();
    await c.call('createJob', { body: invalid }, { validate: false });
    await expect(c.call('createJob', { body: invalid })).rejects.toBeInstanceOf(ValidationError);
    expect(server!.requests).toHaveLength(1);
  });
});

describe('numbers JSON cannot carry', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('%s is refused by name, not sent as null', async (name, seconds) => {
    const c = await client();
    const error = await c
      .call('createJob', { body: { prompt: 'a cat', seconds } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: '/seconds', message: `must be a finite number (got ${name})` },
    ]);
    expect(server!.requests).toHaveLength(0);
  });

  it('the signal in an openapi-fetch init still stops the call', async () => {
    const c = await client();
    const call = c.GET('/things/{id}', {
      params: { path: { id: 't1' } },
      signal: AbortSignal.abort(new Error('stop')),
    });
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });
});

describe('path and query parameters are checked like bodies', () => {
  const withParams = {
    ...metadata,
    operations: {
      ...metadata.operations,
      getThing: {
        ...metadata.operations.getThing,
        parameters: { id: 'path', kind: 'query' },
        parameterInput: {
          path: { type: 'object', properties: { id: { type: 'string', pattern: '^th_' } } },
          query: { type: 'object', properties: { kind: { enum: ['image', 'video'] } } },
        },
      },
    },
  } satisfies ProviderMetadata;

  async function paramClient() {
    server = await scriptedServer((_q, res) => json(res, 200, {}));
    return createProviderClient(withParams, {
      apiKey: 'sk_test_prepare_0123456789',
      baseUrl: server.url,
    }) as unknown as AnyClient;
  }

  it.each([
    [{ path: { id: 'th_1' }, query: { kind: 'audio' } }, '/query/kind'],
    [{ path: { id: 'abc' }, query: { kind: 'image' } }, '/path/id'],
  ])('%j is refused before sending, at %s', async (params, path) => {
    const c = await paramClient();
    const error = await c.GET('/things/{id}', { params }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([path]);
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ['valid values', { path: { id: 'th_1' }, query: { kind: 'video' } }, {}],
    ['an unchecked call', { path: { id: 'abc' }, query: { kind: 'audio' } }, { validate: false }],
    ['a left-out query value', { path: { id: 'th_1' } }, {}],
  ])('%s are sent', async (_name, params, options) => {
    const c = await paramClient();
    await c.call('getThing', { params }, options);
    expect(server!.requests).toHaveLength(1);
  });
});
