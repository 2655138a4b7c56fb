import { describe, expect, it } from 'vitest';
import { validateInput } from './validate-input.js';

describe('validateInput', () => {
  const schema = {
    oneOf: [
      {
        title: 'Single',
        type: 'object',
        required: ['prompt'],
        additionalProperties: false,
        properties: { prompt: { type: 'string', maxLength: 5 }, multi: { const: false } },
      },
      {
        title: 'Multi',
        type: 'object',
        required: ['multi', 'shots'],
        additionalProperties: false,
        properties: {
          multi: { const: true },
          shots: { type: 'array', maxItems: 2, items: { type: 'integer', minimum: 1 } },
        },
      },
    ],
  } as const;
  it('accepts either branch', () => {
    expect(validateInput(schema, { prompt: 'hi' })).toEqual([]);
    expect(validateInput(schema, { multi: true, shots: [1, 2] })).toEqual([]);
  });
  it('reports the closest branch', () => {
    expect(validateInput(schema, { multi: true, shots: [1, 0, 3] })).toEqual([
      { path: '/shots', message: 'must have at most 2 items (got 3)' },
      { path: '/shots/1', message: 'must be at least 1 (got 0)' },
    ]);
    expect(validateInput(schema, { prompt: 'too long' })).toEqual([
      { path: '/prompt', message: 'must be at most 5 characters (got 8)' },
    ]);
  });
  it('checks types, enums and patterns', () => {
    expect(validateInput({ type: 'integer' }, 1.5)).toEqual([
      { path: '(body)', message: 'must be integer (got number)' },
    ]);
    expect(validateInput({ enum: ['a', 'b'] }, 'c')[0]!.message).toBe(
      'must be one of "a", "b" (got "c")',
    );
    expect(validateInput({ type: 'string', pattern: '^[a-z0-9_-]{1,64}$' }, 'Acme')).toHaveLength(
      1,
    );
  });
});
