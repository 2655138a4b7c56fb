import { describe, expect, it } from 'vitest';
import type { OpenApiDocument, Schema } from '../generate/openapi-document.ts';
import { specToMetadata } from '../generate/spec-to-metadata.ts';
import { enrichSpec, pathOperations } from './enrich-spec.ts';
import { FACTS_TITLE } from './facts-markdown.ts';

// A small spec in the conventions of specs/README.md, already bundled (refs local).
const spec = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1', description: 'Acme makes videos.' },
  servers: [{ url: 'https://api.acme.test' }],
  security: [{ bearer: [] }],
  'x-mediagen-provider': {
    id: 'acme',
    name: 'Acme',
    apiKeyEnv: 'ACME_API_KEY',
    securityScheme: 'bearer',
  },
  'x-mediagen-retry': {
    maxRetries: 2,
    statuses: [429],
    baseDelayMs: 1000,
    maxDelayMs: 30000,
    noWorkStatuses: [429],
    'x-mediagen-assumption': 'The retry count is a guess.',
  },
  paths: {
    '/jobs': {
      post: {
        operationId: 'submit',
        'x-mediagen-paid': true,
        requestBody: {
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/Submit' } as Schema },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            links: {
              status: {
                operationId: 'getJob',
                'x-mediagen-role': 'status',
                parameters: { id: '$response.body#/id' },
              },
            },
          },
        },
      },
    },
    '/jobs/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getJob',
        description: 'Reads a job.',
        'x-mediagen-job-status': {
          state: '/status',
          states: { running: [], succeeded: ['done'], failed: [], cancelled: [] },
          outputs: ['/url'],
          schedule: { initialDelayMs: 5000, intervalMs: 5000, timeoutMs: 60000 },
          'x-mediagen-assumption': 'The doc gives no poll interval; 5 s is assumed.',
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Submit: {
        type: 'object',
        properties: {
          model: { type: 'string', 'x-mediagen-prices': { fast: 5 } },
          seed: { type: 'integer', 'x-mediagen-assumption': 'The doc lost this name.' },
        },
      },
    },
  },
} satisfies OpenApiDocument;

/** The generator reads the spec dereferenced: here, its one `$ref` resolved by hand. */
function dereferenced(): OpenApiDocument {
  const doc = structuredClone(spec);
  doc.paths['/jobs'].post.requestBody.content['application/json'].schema =
    spec.components.schemas.Submit;
  return doc;
}

describe('enrichSpec', () => {
  const enriched = enrichSpec(spec, specToMetadata('acme.yaml', dereferenced()));
  const submit = enriched.paths['/jobs'].post.description as string;
  const getJob = enriched.paths['/jobs/{id}'].get.description as string;

  it('appends the facts to each operation, after its own description', () => {
    expect(submit).toContain(`**${FACTS_TITLE}**`);
    expect(submit).toContain('- **Poll schedule:** first check after 5 s, then every 5 s;');
    expect(submit).toContain('- **Price:** by `model`: `fast` 5 credits.');
    expect(getJob.startsWith('Reads a job.\n\n---')).toBe(true);
  });

  it('lists the assumptions each operation rests on: its own, its status reader and the retry advice', () => {
    expect(submit).toContain('- **Assumptions** (3)');
    expect(submit).toContain(
      '`components › schemas › Submit › properties › seed`: The doc lost this name.',
    );
    expect(submit).toContain(
      '`paths › /jobs/{id} › get › x-mediagen-job-status`: The doc gives no poll interval',
    );
    expect(submit).toContain('`x-mediagen-retry`: The retry count is a guess.');
    expect(getJob).toContain('- **Assumptions** (2)');
    expect(getJob).not.toContain('The doc lost this name.');
  });

  it('adds the provider-wide facts to the overview and leaves the input alone', () => {
    expect(enriched.info.description).toMatch(/^Acme makes videos\.\n\n---/);
    expect(enriched.info.description).toContain('`ACME_API_KEY`');
    expect(enriched.info.description).toContain('[index](index.html)');
    expect(spec.paths['/jobs/{id}'].get.description).toBe('Reads a job.');
  });

  it('finds every operation under paths', () => {
    expect(pathOperations(spec).map(({ id, at }) => [id, at.join(' ')])).toEqual([
      ['submit', 'paths /jobs post'],
      ['getJob', 'paths /jobs/{id} get'],
    ]);
  });
});
