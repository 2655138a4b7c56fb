/**
 * Every example body of every spec in redocly.yaml, request and response (callback and webhook
 * payloads included), checked against its schema with the client's own pre-send validator. The
 * examples marked `x-mediagen-doc-example: true` are the bodies the provider doc shows, as written;
 * a spec that refuses one of them would refuse a body the real API accepts. See specs/README.md, "Documented bodies".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssues, validateInput } from '../packages/runtime/src/validation/validate-input.ts';
import { pruneSchema } from '../scripts/generate/prune-schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: a dereferenced OpenAPI document is untyped JSON.
type Json = any;

interface ExampleBody {
  where: string;
  documented: boolean;
  schema: Json;
  value: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function examplesOf(where: string, content: Json): ExampleBody[] {
  return Object.entries<Json>(content ?? {}).flatMap(([mediaType, media]) => {
    if (!media.schema) return [];
    const named = Object.entries<Json>(media.examples ?? {}).filter(([, e]) => 'value' in e);
    const all =
      media.example === undefined ? named : [...named, ['example', { value: media.example }]];
    return all.map(([name, example]) => ({
      where: `${where} ${mediaType} ${name}`,
      documented: example['x-mediagen-doc-example'] === true,
      schema: media.schema,
      value: example.value,
    }));
  });
}

/** The request and response examples of every operation of a path item map, callbacks included. */
function operationBodies(items: Json, prefix: string): ExampleBody[] {
  return Object.entries<Json>(items ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).flatMap((method) => {
      const op = item[method];
      const at = `${prefix}${method.toUpperCase()} ${path}`;
      return [
        ...examplesOf(`${at} request`, op.requestBody?.content),
        ...Object.entries<Json>(op.responses ?? {}).flatMap(([status, response]) =>
          examplesOf(`${at} ${status}`, response.content),
        ),
        // A callback's payload is a body the provider sends: the doc's one must fit its schema too.
        ...Object.entries<Json>(op.callbacks ?? {}).flatMap(([name, callback]) =>
          operationBodies(callback, `${at} callback ${name} `),
        ),
      ];
    }),
  );
}

/** Every example of a dereferenced spec (paths, callbacks, webhooks), with the schema it must satisfy. */
function exampleBodies(doc: Json): ExampleBody[] {
  return [...operationBodies(doc.paths, ''), ...operationBodies(doc.webhooks, 'webhook ')];
}

const root = resolve(import.meta.dirname, '..');
const { apis } = parse(readFileSync(resolve(root, 'redocly.yaml'), 'utf8')) as {
  apis: Record<string, { root: string }>;
};
const config = await createConfig({});
const specs = await Promise.all(
  Object.entries(apis).map(async ([name, api]) => {
    const { bundle: bundled } = await bundle({
      ref: resolve(root, api.root),
      config,
      dereference: true,
    });
    return { name, bodies: exampleBodies(bundled.parsed) };
  }),
);

describe.each(specs)('$name documented bodies', ({ bodies }) => {
  it('marks the bodies its provider doc shows with x-mediagen-doc-example', () => {
    expect(bodies.filter((b) => b.documented).length).toBeGreaterThan(0);
  });

  it.each(bodies)('$where passes its schema', ({ schema, value }) => {
    expect(formatIssues(validateInput(pruneSchema(schema), value))).toBe('');
  });
});

describe('exampleBodies', () => {
  const doc = {
    paths: {
      '/jobs': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', additionalProperties: false },
                examples: { doc: { 'x-mediagen-doc-example': true, value: { extra: 1 } } },
              },
            },
          },
          responses: {
            '202': {
              content: { 'application/json': { schema: { type: 'string' }, example: 'ok' } },
            },
          },
        },
      },
    },
  };
  it('finds request and response examples, and a doc body the schema refuses fails', () => {
    const found = exampleBodies(doc);
    expect(found.map((b) => [b.where, b.documented])).toEqual([
      ['POST /jobs request application/json doc', true],
      ['POST /jobs 202 application/json example', false],
    ]);
    expect(formatIssues(validateInput(pruneSchema(found[0]!.schema), found[0]!.value))).toBe(
      '/extra is not a known field',
    );
  });
});
