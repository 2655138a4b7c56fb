import { describe, expect, it } from 'vitest';
import { mergeAllOf } from './merge-all-of.ts';

describe('mergeAllOf', () => {
  it('leaves a schema without allOf as it is', () => {
    const schema = { type: 'string' };
    expect(mergeAllOf(schema)).toBe(schema);
  });

  it('merges properties and required lists; the first value of any other keyword wins', () => {
    expect(
      mergeAllOf({
        description: 'outer',
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          {
            description: 'inner',
            required: ['b'],
            allOf: [{ properties: { b: { type: 'integer' } } }],
          },
        ],
      }),
    ).toEqual({
      description: 'outer',
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
    });
  });
});
