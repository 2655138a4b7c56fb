import { describe, expect, it } from 'vitest';
import { collectAssumptions } from './collect-assumptions.ts';
import type { OpenApiDocument, Schema } from './openapi-document.ts';
import { isPrice } from './prices.ts';
import { pruneSchema } from './prune-schema.ts';
import { SpecError } from './spec-error.ts';
import { specToMetadata as readSpec } from './spec-to-metadata.ts';

// Documents as YAML parses them, malformed on purpose where a test says so: the reader checks them.
const specToMetadata = (name: string, doc: unknown) => readSpec(name, doc as OpenApiDocument);

function spec(overrides: Record<string, unknown> = {}) {
  return {
    openapi: '3.1.0',
    servers: [{ url: 'https://api.acme.test/v1' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      },
    },
    'x-mediagen-provider': {
      id: 'acme',
      name: 'Acme',
      apiKeyEnv: 'ACME_API_KEY',
      securityScheme: 'bearer',
    },
    'x-mediagen-retry': {
      maxRetries: 1,
      statuses: [429],
      baseDelayMs: 1,
      maxDelayMs: 2,
      noWorkStatuses: [429],
      'x-mediagen-assumption': 'a note',
    },
    paths: {
      '/jobs': {
        post: {
          operationId: 'createJob',
          'x-mediagen-paid': true,
          'x-mediagen-idempotency': { header: 'X-Idempotency-Key' },
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['p'],
                  properties: { p: { type: 'string', maxLength: 3, description: 'dropped' } },
                },
              },
            },
          },
          responses: {
            '202': {
              links: {
                s: {
                  operationId: 'getJob',
                  'x-mediagen-role': 'status',
                  parameters: { id: '$response.body#/jobId' },
                },
              },
            },
          },
        },
      },
      '/jobs/{id}': {
        parameters: [{ name: 'id', in: 'path' }],
        get: {
          operationId: 'getJob',
          'x-mediagen-job-status': {
            state: '/status',
            states: { running: ['pending'], succeeded: ['done'] },
            outputs: ['/url'],
            schedule: {
              initialDelayMs: 1,
              intervalMs: 2,
              timeoutMs: 3,
              'x-mediagen-assumption': 'timeout',
            },
          },
          responses: {},
        },
      },
      '/health': { get: { operationId: 'health', security: [], responses: {} } },
    },
    ...overrides,
  };
}

describe('specToMetadata', () => {
  it('turns extensions and links into typed metadata', () => {
    const meta = specToMetadata('acme', spec());
    expect(meta.auth).toEqual({ header: 'Authorization', prefix: 'Bearer ' });
    expect(meta.retry).toEqual({
      maxRetries: 1,
      statuses: [429],
      baseDelayMs: 1,
      maxDelayMs: 2,
      noWorkStatuses: [429],
    });
    expect(meta.operations.createJob).toMatchObject({
      method: 'post',
      paid: true,
      idempotencyHeader: 'X-Idempotency-Key',
      input: {
        type: 'object',
        required: ['p'],
        properties: { p: { type: 'string', maxLength: 3 } },
      },
      status: {
        operationId: 'getJob',
        parameters: { id: { from: 'response.body', pointer: '/jobId' } },
      },
    });
    expect(meta.operations.getJob!.job).toEqual({
      state: '/status',
      states: { running: ['pending'], succeeded: ['done'], failed: [], cancelled: [] },
      outputs: ['/url'],
      schedule: { initialDelayMs: 1, intervalMs: 2, timeoutMs: 3 },
    });
    expect(meta.operations.getJob!.parameters).toEqual({ id: 'path' });
    expect(meta.operations.health!.auth).toBe(false);
  });

  it.each([
    ['a keyed requirement', [{ bearer: [] }], true],
    ['no requirement', [], false],
    ['only an empty requirement', [{}], false],
    ['a keyed one or none: the key is optional', [{ bearer: [] }, {}], 'optional'],
  ])('auth with %s is %s', (_name, security, auth) => {
    const doc = spec();
    (doc.paths['/jobs'].post as Record<string, unknown>).security = security;
    expect(specToMetadata('acme', doc).operations.createJob!.auth).toBe(auth);
  });

  it('lists the header parameters the spec marks required', () => {
    const doc = spec();
    (doc.paths['/jobs'].post as Record<string, unknown>).parameters = [
      { name: 'PAYMENT-SIGNATURE', in: 'header', required: true, schema: { type: 'string' } },
      { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
    ];
    expect(specToMetadata('acme', doc).operations.createJob!.requiredHeaders).toEqual([
      'PAYMENT-SIGNATURE',
    ]);
  });

  it('expands a status family in the retry statuses', () => {
    const doc = spec();
    doc['x-mediagen-retry'].statuses = [429, '5xx'] as never;
    expect(specToMetadata('acme', doc).retry.statuses).toHaveLength(101);
  });

  it('reads an API-key header scheme', () => {
    const meta = specToMetadata(
      'acme',
      spec({ 'x-mediagen-provider': { id: 'acme', apiKeyEnv: 'K', securityScheme: 'key' } }),
    );
    expect(meta.auth).toEqual({ header: 'X-Key', prefix: '' });
  });

  it('refuses a link to an operation that cannot report a job', () => {
    const broken = spec();
    (broken.paths['/jobs'].post.responses['202'].links.s as { operationId: string }).operationId =
      'health';
    expect(() => specToMetadata('acme', broken)).toThrow(SpecError);
    expect(() => specToMetadata('acme', broken)).toThrow(/does not take|no x-mediagen-job-status/);
  });

  it('refuses a schedule without a timeout', () => {
    const broken = spec();
    delete (
      broken.paths['/jobs/{id}'].get['x-mediagen-job-status'].schedule as { timeoutMs?: number }
    ).timeoutMs;
    expect(() => specToMetadata('acme', broken)).toThrow(/initialDelayMs and timeoutMs/);
  });

  it("carries a submit operation's own schedule, and refuses one without a status link", () => {
    const own = spec();
    Object.assign(own.paths['/jobs'].post, {
      'x-mediagen-schedule': {
        initialDelayMs: 15000,
        timeoutMs: 300000,
        'x-mediagen-assumption': 'n',
      },
    });
    expect(specToMetadata('acme', own).operations.createJob!.schedule).toEqual({
      initialDelayMs: 15000,
      timeoutMs: 300000,
    });
    const broken = spec();
    Object.assign(broken.paths['/health'].get, {
      'x-mediagen-schedule': { initialDelayMs: 1, timeoutMs: 2 },
    });
    expect(() => specToMetadata('acme', broken)).toThrow(/x-mediagen-schedule needs a status link/);
  });

  it.each([
    ['flat credits', 15, true],
    ['a range', { min: 450, max: 2010 }, true],
    ['a per-second rate', { perSecond: 18 }, true],
    ['a range upside down', { min: 10, max: 5 }, false],
    ['a negative price', -1, false],
    ['a price as text', '15', false],
    ['a rate with a stray key', { perSecond: 18, per: 'second' }, false],
  ])('prices: %s is %s', (_what, price, valid) => {
    expect(isPrice(price)).toBe(valid);
    const priced = spec();
    const body = priced.paths['/jobs'].post.requestBody.content['application/json'].schema;
    Object.assign(body.properties.p, {
      'x-mediagen-prices': { a: price, 'x-mediagen-assumption': 'n' },
    });
    if (valid) {
      expect(specToMetadata('acme', priced).operations.createJob!.prices).toEqual({
        property: 'p',
        credits: { a: price },
      });
    } else {
      expect(() => specToMetadata('acme', priced)).toThrow(/x-mediagen-prices\.a/);
    }
  });

  it('carries error maps and example conditions for the mock, and refuses undocumented answers', () => {
    const notFound = { content: { 'application/json': { examples: { notFound: { value: {} } } } } };
    const done = { 'x-mediagen-when': { operationId: 'createJob' }, value: { status: 'done' } };
    const mapped = spec({
      'x-mediagen-error-map': { unknownJob: { status: 404, example: 'notFound' } },
    });
    Object.assign(mapped.paths['/jobs/{id}'].get, {
      responses: {
        '200': { content: { 'application/json': { examples: { done } } } },
        '404': notFound,
      },
    });
    Object.assign(mapped.paths['/jobs'].post, {
      'x-mediagen-error-map': { validation: [{ at: '/body/p', status: 404 }] },
    });
    const meta = specToMetadata('acme', mapped);
    expect(meta.errorMap).toEqual({ unknownJob: { status: 404, example: 'notFound' } });
    expect(meta.operations.createJob!.errorMap).toEqual({
      validation: [{ at: '/body/p', status: 404 }],
    });
    expect(meta.operations.getJob!.job!.exampleWhen).toEqual({
      done: { operationId: 'createJob' },
    });
    expect(specToMetadata('acme', spec())).not.toHaveProperty('errorMap');
    const undocumented = spec({ 'x-mediagen-error-map': { unknownJob: { status: 404 } } });
    expect(() => specToMetadata('acme', undocumented)).toThrow(
      /^acme: root x-mediagen-error-map\.unknownJob: no operation documents a 404 response/,
    );
  });

  it('carries a fixed per-status retry delay', () => {
    const retry = { maxRetries: 3, statuses: [429], baseDelayMs: 1, maxDelayMs: 30000 };
    const meta = specToMetadata(
      'acme',
      spec({ 'x-mediagen-retry': { ...retry, statusDelayMs: { '429': 30000 } } }),
    );
    expect(meta.retry.statusDelayMs).toEqual({ '429': 30000 });
  });

  it('carries constraining path and query parameter schemas, and leaves bare types out', () => {
    const parameters = [
      { name: 'id', in: 'path', schema: { type: 'string', pattern: '^job_', description: 'x' } },
      { name: 'kind', in: 'query', schema: { type: 'string', enum: ['image', 'video'] } },
      { name: 'active', in: 'query', schema: { type: 'boolean' } },
      { name: 'page', in: 'query', schema: { type: 'integer' } },
      { name: 'X-Trace', in: 'header', schema: { type: 'string', maxLength: 8 } },
    ];
    const base = spec();
    const doc = {
      ...base,
      paths: {
        ...base.paths,
        '/jobs/{id}': { ...base.paths['/jobs/{id}'], parameters },
      },
    };
    expect(specToMetadata('acme', doc).operations.getJob!.parameterInput).toEqual({
      path: { type: 'object', properties: { id: { type: 'string', pattern: '^job_' } } },
      query: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['image', 'video'] },
          // The same text on the wire as the boolean.
          active: { enum: [true, false, 'true', 'false'] },
        },
      },
    });
    expect(specToMetadata('acme', spec()).operations.getJob!.parameterInput).toBeUndefined();
  });

  it('drops annotation keywords from input schemas', () => {
    expect(
      pruneSchema({ type: 'integer', minimum: 3, default: 5, description: 'x', examples: [4] }),
    ).toEqual({ type: 'integer', minimum: 3 });
  });

  it('keeps a title only where a message names the schema by it, and everything under a not', () => {
    const schema = {
      title: 'Root',
      type: 'object',
      additionalProperties: true,
      properties: { a: { title: 'A', type: 'string' } },
      oneOf: [{ title: 'One', additionalProperties: true, properties: { b: { title: 'B' } } }],
      not: { title: 'Not', additionalProperties: true, properties: { c: { title: 'C' } } },
    };
    expect(pruneSchema(schema as Schema)).toEqual({
      type: 'object',
      properties: { a: { type: 'string' } },
      oneOf: [{ title: 'One', properties: { b: {} } }],
      not: { title: 'Not', additionalProperties: true, properties: { c: { title: 'C' } } },
    });
  });

  it('keeps every validated keyword, object-valued additionalProperties and conditionals included', () => {
    const schema = {
      type: 'object',
      additionalProperties: { type: 'string', format: 'uri' },
      if: { properties: { model: { const: 'a' } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword.
      then: { required: ['x'] },
      else: { not: { required: ['x'] } },
      anyOf: [{ multipleOf: 2 }],
      'x-mediagen-assumption': 'dropped',
    };
    expect(pruneSchema(schema)).toEqual({
      type: 'object',
      additionalProperties: { type: 'string' },
      if: { properties: { model: { const: 'a' } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword.
      then: { required: ['x'] },
      else: { not: { required: ['x'] } },
      anyOf: [{ multipleOf: 2 }],
    });
  });

  it.each([
    [
      'an unknown keyword',
      { properties: { a: { type: 'string', contains: {} } } },
      '/properties/a',
    ],
    ['a 3.0 keyword', { type: 'string', nullable: true }, '(schema)'],
    ['tuple items', { items: [{ type: 'string' }] }, '/items'],
  ])('fails on %s instead of dropping it', (_name, schema, where) => {
    expect(() => pruneSchema(schema as Schema)).toThrow(SpecError);
    expect(() => pruneSchema(schema as Schema)).toThrow(where);
  });

  it('names the operation whose request schema uses an unsupported keyword', () => {
    const broken = spec();
    const schema: Record<string, unknown> = { type: 'object', propertyNames: {} };
    broken.paths['/jobs'].post.requestBody = {
      content: { 'application/json': { schema } },
    } as (typeof broken.paths)['/jobs']['post']['requestBody'];
    expect(() => specToMetadata('acme', broken)).toThrow(/POST \/jobs request body.*propertyNames/);
  });
});

describe('collectAssumptions', () => {
  it('lists every note with where it stands', () => {
    expect(collectAssumptions(spec())).toEqual([
      { where: 'x-mediagen-retry', note: 'a note' },
      { where: 'paths › /jobs/{id} › get › x-mediagen-job-status › schedule', note: 'timeout' },
    ]);
  });
});

describe('specToMetadata: routes and trusted origins', () => {
  it('writes the exact route table, METHOD and template to operationId', () => {
    expect(specToMetadata('t', spec()).routes).toMatchObject({
      'POST /jobs': 'createJob',
      'GET /jobs/{id}': 'getJob',
    });
  });

  it('carries bare https trusted origins and refuses anything else', () => {
    const trusted = (origins: unknown) =>
      specToMetadata('t', spec({ 'x-mediagen-trusted-origins': { origins } }));
    expect(trusted(['https://www.acme.test']).trustedOrigins).toEqual(['https://www.acme.test']);
    for (const bad of ['http://www.acme.test', 'https://www.acme.test/v1', 'www.acme.test']) {
      expect(() => trusted([bad]), bad).toThrow(SpecError);
    }
    expect(specToMetadata('t', spec())).not.toHaveProperty('trustedOrigins');
  });
});
