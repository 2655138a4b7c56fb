import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { ServerError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { json, scriptedServer } from '../test-support/scripted-server.js';
import { createOperationResolver } from './resolve-operation.js';
import { buildRouteTable } from './route-table.js';

const metadata = {
  ...fixture,
  operations: {
    ...fixture.operations,
    getModel: { method: 'get', path: '/models/{slug}', auth: true },
    getVeo: { method: 'get', path: '/models/veo3', auth: true },
    getDoc: { method: 'get', path: '/docs/{id}.json', auth: true },
  },
} as const;

describe('the exact route table', () => {
  it('is METHOD and template to operationId, as the generator writes it', () => {
    expect(buildRouteTable(metadata.operations)).toMatchObject({
      'GET /things/{id}': 'getThing',
      'POST /jobs': 'createJob',
      'DELETE /jobs/{id}': 'cancelJob',
    });
  });

  const resolve = createOperationResolver(metadata, 'https://api.acme.test/v1');
  it.each([
    ['GET', '/v1/things/t1', 'getThing'],
    ['GET', '/v1/models/veo3', 'getVeo'],
    ['GET', '/v1/models/kling', 'getModel'],
    ['GET', '/v1/docs/abc.json', 'getDoc'],
    ['POST', '/v1/jobs', 'createJob'],
    ['POST', '/v1/jobs/', undefined],
    ['POST', '/v1/jobs/extra', undefined],
    ['GET', '/v1/things/', undefined],
    ['GET', '/v1/things/t1/', undefined],
    ['GET', '/v2/things/t1', undefined],
    ['GET', '/things/t1', undefined],
    ['PUT', '/v1/jobs', undefined],
  ])('%s %s → %s', (method, path, id) => {
    expect(resolve.byUrl(method, `https://api.acme.test${path}`)?.id).toBe(id);
  });

  it('by template, exactly', () => {
    expect(resolve.byTemplate('GET', '/things/{id}')?.id).toBe('getThing');
    expect(resolve.byTemplate('POST', '/jobs/')).toBeUndefined();
  });
});

describe('an unknown route fails closed', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
  });

  it('POST with a trailing slash counts as paid: a 503 is not re-sent', async () => {
    const server = await scriptedServer((_q, res) => json(res, 503, {}));
    close = server.close;
    const client = createProviderClient(fixture, {
      apiKey: 'sk_test_routes_0123456789',
      baseUrl: server.url,
      retry: { baseDelayMs: 1 },
    });
    // biome-ignore lint/suspicious/noExplicitAny: a path the spec does not have, on purpose.
    const error = await (client as any)
      .POST('/jobs/', { body: { prompt: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ jobMayExist: true });
    expect(server.requests).toHaveLength(1);
  });
});
