import { describe, expect, it } from 'vitest';
import { requiredConstants } from './required-constants.js';
import { readSpecDocument } from './spec-document.js';

const doc = readSpecDocument({
  components: {
    schemas: {
      Status: {
        type: 'object',
        properties: {
          status: { type: 'string' },
          kind: { type: 'string', const: 'terminal' },
          source: { type: 'string', enum: ['api'] },
          extra: { type: 'string', const: 'never-required' },
        },
      },
      Callback: {
        allOf: [
          { $ref: '#/components/schemas/Status' },
          { required: ['kind', 'source', 'status'] },
        ],
      },
    },
  },
});

describe('requiredConstants', () => {
  it.each([
    [
      'a required const through $ref and allOf',
      { $ref: '#/components/schemas/Callback' },
      { kind: 'terminal', source: 'api' },
    ],
    ['nothing required', { $ref: '#/components/schemas/Status' }, {}],
    ['no schema', undefined, {}],
  ])('%s', (_, schema, expected) => {
    expect(requiredConstants(doc, schema)).toEqual(expected);
  });
});
