import { describe, expect, it } from 'vitest';
import type { OperationMetadata } from '../../packages/runtime/src/provider-metadata.ts';
import { addExampleConditions } from './example-conditions.ts';
import type { OpenApiDocument } from './openapi-document.ts';

const job = {
  state: '/status',
  states: { running: [], succeeded: ['done'], failed: [], cancelled: [] },
  outputs: [],
  schedule: { initialDelayMs: 0, intervalMs: 1, timeoutMs: 1 },
};

function operations(): Record<string, OperationMetadata> {
  const link = { operationId: 'getJob', parameters: {} };
  return {
    createVideo: { method: 'post', path: '/videos', auth: true, status: link },
    createImage: { method: 'post', path: '/images', auth: true, status: link },
    getJob: { method: 'get', path: '/jobs/{id}', auth: true, job: structuredClone(job) },
    health: { method: 'get', path: '/health', auth: false },
  };
}

const examples = (named: Record<string, object>) => ({
  content: { 'application/json': { examples: named } },
});

function doc(when: unknown, { code = '200', operationId = 'getJob' } = {}) {
  return {
    paths: {
      '/x': {
        get: {
          operationId,
          responses: {
            [code]: examples({
              video: { value: {} },
              image: { 'x-mediagen-when': when, value: {} },
            }),
          },
        },
      },
    },
  };
}

function conditions(spec: object) {
  const ops = operations();
  addExampleConditions('acme', spec as OpenApiDocument, ops);
  return ops.getJob!.job!.exampleWhen;
}

describe('addExampleConditions', () => {
  it('writes each condition into its status operation’s job, by example name', () => {
    const when = {
      operationId: ['createImage'],
      body: { model: 'text-to-image' },
      query: { size: ['s', 'm'] },
      'x-mediagen-assumption': 'n',
    };
    expect(conditions(doc(when))).toEqual({
      image: {
        operationId: ['createImage'],
        body: { model: 'text-to-image' },
        query: { size: ['s', 'm'] },
      },
    });
    expect(conditions(doc({ body: { model: 'x' } }))).toEqual({ image: { body: { model: 'x' } } });
  });

  it('adds nothing where no example has a condition', () => {
    expect(conditions(doc(undefined))).toBeUndefined();
  });

  it.each([
    ['a condition that names nothing', doc({}), /names no condition/],
    ['a misspelt key', doc({ operationID: 'createImage' }), /unknown key operationID/],
    [
      'a submit that does not poll here',
      doc({ operationId: 'health' }),
      /is no submit polled here; use one of createVideo, createImage/,
    ],
    ['an empty list of submits', doc({ operationId: [] }), /empty list/],
    ['query as a list', doc({ query: ['size'] }), /query must map parameter names/],
    ['a condition as text', doc('createImage'), /must be an object/],
    [
      'an error example',
      doc({ body: {} }, { code: '400' }),
      /only a status operation's success examples/,
    ],
    [
      'an operation that reports no job',
      doc({ body: {} }, { operationId: 'health' }),
      /only a status operation's success examples/,
    ],
  ])('refuses %s', (_what, spec, message) => {
    expect(() => conditions(spec)).toThrow(message);
  });
});
