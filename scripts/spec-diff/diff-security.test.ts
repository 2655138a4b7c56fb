import { describe, expect, it } from 'vitest';
import { diffSpec } from './diff-spec.ts';
import type { Schema } from './merge-all-of.ts';

const bearer = { type: 'http', scheme: 'bearer' };
const key = { type: 'apiKey', in: 'header', name: 'X-Key' };

/** A spec with two schemes; `uses` says who names `key`, the scheme the rows change. */
function spec(uses: 'nobody' | 'root' | 'an operation' | 'the client', keyScheme?: object): Schema {
  return {
    openapi: '3.1.0',
    security: uses === 'root' ? [{ bearer: [] }, { key: [] }] : [{ bearer: [] }],
    'x-mediagen-provider': { securityScheme: uses === 'the client' ? 'key' : 'bearer' },
    paths: {
      '/a': {
        get: {
          operationId: 'a',
          ...(uses === 'an operation' ? { security: [{ key: [] }] } : {}),
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: { securitySchemes: { bearer, ...(keyScheme ? { key: keyScheme } : {}) } },
  };
}

const rows = (before: Schema, after: Schema) =>
  diffSpec(before, after)
    .filter((c) => c.pointer.startsWith('/components'))
    .map((c) => `${c.class} ${c.reason}`);

/** The rule: a scheme breaks clients only where something requires it or the client sends it. */
describe('security schemes, by use', () => {
  it.each([
    [
      'nobody',
      'non-breaking unused auth scheme removed',
      'non-breaking unused auth scheme changed',
    ],
    ['root', 'breaking auth scheme removed', 'breaking auth scheme changed'],
    ['an operation', 'breaking auth scheme removed', 'breaking auth scheme changed'],
    ['the client', 'breaking auth scheme removed', 'breaking auth scheme changed'],
  ] as const)('a scheme %s names', (uses, removed, changed) => {
    expect(rows(spec(uses, key), spec(uses))).toEqual([removed]);
    expect(rows(spec(uses, key), spec(uses, { ...key, name: 'X-Other' }))).toEqual([changed]);
    expect(rows(spec(uses), spec(uses, key))).toEqual(['non-breaking auth scheme added']);
  });
});
