import { describe, expect, it } from 'vitest';
import { diffSpec } from './diff-spec.ts';
import type { Schema } from './merge-all-of.ts';

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });

function spec(change: (doc: Schema) => void = () => {}): Schema {
  const doc: Schema = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    security: [{ bearer: [] }],
    paths: {
      '/jobs/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getJob',
          parameters: [{ name: 'fields', in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              headers: { 'X-Rate': { schema: { type: 'integer' } } },
              ...json({ type: 'object' }),
            },
            '404': { description: 'missing' },
          },
        },
        post: {
          operationId: 'updateJob',
          requestBody: { required: false, ...json({ type: 'object' }) },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
  change(doc);
  return doc;
}

const rows = (change: (doc: Schema) => void) =>
  diffSpec(spec(), spec(change)).map((c) => `${c.class} ${c.reason} ${c.pointer}`);

const get = (doc: Schema) => doc.paths['/jobs/{id}'].get;
const post = (doc: Schema) => doc.paths['/jobs/{id}'].post;

describe('diffSpec', () => {
  it.each<[string, (doc: Schema) => void, string[]]>([
    [
      'a new required parameter',
      (d) => get(d).parameters.push({ name: 'v', in: 'query', required: true }),
      ['breaking new required request parameter /paths/~1jobs~1{id}/get/parameters/1'],
    ],
    [
      'an optional parameter added',
      (d) => get(d).parameters.push({ name: 'v', in: 'query' }),
      ['non-breaking optional request parameter added /paths/~1jobs~1{id}/get/parameters/1'],
    ],
    [
      'a parameter removed',
      (d) => {
        get(d).parameters = [];
      },
      ['breaking request parameter removed /paths/~1jobs~1{id}/get/parameters/0'],
    ],
    [
      'a parameter made required',
      (d) => {
        get(d).parameters[0].required = true;
      },
      ['breaking request parameter made required /paths/~1jobs~1{id}/get/parameters/0/required'],
    ],
    [
      'a path parameter narrowed',
      (d) => {
        d.paths['/jobs/{id}'].parameters[0].schema.pattern = '^j';
      },
      [
        'breaking request pattern narrowed: "a" no longer matches /paths/~1jobs~1{id}/parameters/0/schema/pattern',
        'breaking request pattern narrowed: "a" no longer matches /paths/~1jobs~1{id}/parameters/0/schema/pattern',
      ],
    ],
    [
      'a body made required',
      (d) => {
        post(d).requestBody.required = true;
      },
      ['breaking request body made required /paths/~1jobs~1{id}/post/requestBody'],
    ],
    [
      'a body removed',
      (d) => {
        delete post(d).requestBody;
      },
      ['breaking request body removed /paths/~1jobs~1{id}/post/requestBody'],
    ],
    [
      'a request media type removed',
      (d) => {
        post(d).requestBody.content = { 'text/plain': {} };
      },
      [
        'breaking request media type removed /paths/~1jobs~1{id}/post/requestBody/content/application~1json',
        'non-breaking request media type added /paths/~1jobs~1{id}/post/requestBody/content/text~1plain',
      ],
    ],
    [
      'a success response added',
      (d) => {
        get(d).responses['202'] = { description: 'later' };
      },
      [
        'breaking success response added: the response type changed /paths/~1jobs~1{id}/get/responses/202',
      ],
    ],
    [
      'an error response removed',
      (d) => {
        delete get(d).responses['404'];
      },
      ['non-breaking documented error response removed /paths/~1jobs~1{id}/get/responses/404'],
    ],
    [
      'a response header removed',
      (d) => {
        get(d).responses['200'].headers = {};
      },
      ['breaking response header removed /paths/~1jobs~1{id}/get/responses/200/headers/X-Rate'],
    ],
    [
      'a method changed',
      (d) => {
        const p = d.paths['/jobs/{id}'];
        p.put = p.post;
        delete p.post;
      },
      ['breaking path or method changed /paths/~1jobs~1{id}/post'],
    ],
    [
      'an operationId renamed',
      (d) => {
        get(d).operationId = 'readJob';
      },
      [
        'breaking operationId changed: its generated type names change /paths/~1jobs~1{id}/get/operationId',
      ],
    ],
    [
      'auth now required where it was not',
      (d) => {
        get(d).security = [{ bearer: [] }];
        d.security = [];
        post(d).security = [{ bearer: [] }];
      },
      [],
    ],
    [
      'an operation opened to no auth',
      (d) => {
        get(d).security = [];
      },
      ['non-breaking auth no longer required /paths/~1jobs~1{id}/get/security'],
    ],
    [
      'an auth scheme changed',
      (d) => {
        d.components.securitySchemes.bearer = { type: 'apiKey', in: 'header', name: 'K' };
      },
      [
        'breaking auth scheme changed /components/securitySchemes/bearer/type',
        'breaking auth scheme changed /components/securitySchemes/bearer/in',
        'breaking auth scheme changed /components/securitySchemes/bearer/scheme',
        'breaking auth scheme changed /components/securitySchemes/bearer/name',
      ].sort(),
    ],
    [
      'an unclassified root key',
      (d) => {
        d.jsonSchemaDialect = 'https://example.test/dialect';
      },
      ['review `jsonSchemaDialect` changed; not classified /jsonSchemaDialect'],
    ],
    [
      'info',
      (d) => {
        d.info.version = '2';
      },
      ['non-breaking docs or examples /info'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(rows(change).sort()).toEqual([...expected].sort());
  });

  it('requires auth where an operation had none', () => {
    const before = spec((d) => {
      get(d).security = [];
    });
    expect(diffSpec(before, spec()).map((c) => `${c.class} ${c.reason}`)).toEqual([
      'breaking auth now required',
    ]);
  });

  it('reports every operation of a spec that is new, or gone', () => {
    expect(diffSpec(undefined, spec()).map((c) => `${c.class} ${c.reason}`)).toEqual([
      'non-breaking operation added',
      'non-breaking operation added',
      'non-breaking auth scheme added',
    ]);
    expect(diffSpec(spec(), undefined).filter((c) => c.class === 'breaking')).toHaveLength(3);
  });
});

describe('diffSpec on webhooks and callbacks: the payload is read, so it is compared like a response', () => {
  const payload = (properties: Schema) => ({
    post: {
      operationId: 'onDone',
      requestBody: json({ type: 'object', required: 'id' in properties ? ['id'] : [], properties }),
    },
  });
  const hooks = (d: Schema, properties: Schema) => {
    d.webhooks = { done: payload(properties) };
  };
  const status = { id: { type: 'string' }, status: { enum: ['ok', 'failed'] } };
  const webhookRows = (change: (d: Schema) => void) =>
    diffSpec(
      spec((d) => hooks(d, status)),
      spec(change),
    ).map((c) => `${c.class} ${c.reason} ${c.pointer}`);
  const body = '/webhooks/done/post/requestBody/content/application~1json/schema';

  it.each<[string, (d: Schema) => void, string[]]>([
    [
      'a payload field removed',
      (d) => hooks(d, { status: status.status }),
      [`breaking response field removed ${body}/properties/id`],
    ],
    [
      'a payload enum value added',
      (d) => hooks(d, { ...status, status: { enum: ['ok', 'failed', 'lost'] } }),
      [
        `review response enum value added: breaks exhaustive switches ${body}/properties/status/enum`,
      ],
    ],
    [
      'a payload field added',
      (d) => hooks(d, { ...status, at: { type: 'string' } }),
      [`non-breaking response field added ${body}/properties/at`],
    ],
    ['a webhook removed', () => {}, ['breaking webhook removed /webhooks/done/post']],
  ])('%s', (_name, change, expected) => {
    expect(webhookRows(change)).toEqual(expected);
  });

  it('reads callbacks under their operation', () => {
    const withCallback = (properties: Schema) =>
      spec((d) => {
        post(d).callbacks = { finished: { '{$request.body#/url}': payload(properties) } };
      });
    const changes = diffSpec(
      withCallback(status),
      withCallback({ id: { type: 'integer' }, status: status.status }),
    );
    expect(changes.map((c) => `${c.class} ${c.reason} ${c.pointer}`)).toEqual([
      'breaking response type changed /paths/~1jobs~1{id}/post/callbacks/finished/{$request.body#~1url}/post/requestBody/content/application~1json/schema/properties/id/type',
    ]);
    expect(diffSpec(withCallback(status), spec()).map((c) => c.reason)).toEqual([
      'callback removed',
    ]);
  });
});
