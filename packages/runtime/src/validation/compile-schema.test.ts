import { describe, expect, it } from 'vitest';
import type { InputSchema } from '../provider-metadata.js';
import { compileSchema } from './compile-schema.js';

describe('compileSchema', () => {
  it('compiles a schema once', () => {
    const schema: InputSchema = { type: 'string' };
    expect(compileSchema(schema)).toBe(compileSchema(schema));
  });

  // `valid` is the fast path validateInput trusts: it must agree with `collect` on every value.
  const schema: InputSchema = {
    anyOf: [
      {
        type: 'object',
        required: ['a'],
        additionalProperties: false,
        properties: { a: { type: 'string', minLength: 2, maxLength: 3 }, n: { multipleOf: 2 } },
      },
      { type: 'array', uniqueItems: true, items: { enum: [1, 2, { x: 1 }] } },
      { type: 'object', required: ['s'], rules: [{ rule: 'sum', fields: ['/s/*'], maximum: 3 }] },
    ],
  };
  it.each<[unknown, boolean]>([
    [{ a: 'ab' }, true],
    [{ a: '😀😀' }, true],
    [{ a: '😀😀😀😀' }, false],
    [{ a: 'ab', n: 3 }, false],
    [{ a: 'ab', toString: 1 }, false],
    [[1, { x: 1 }], true],
    [[{ x: 1 }, { x: 1 }], false],
    [{ s: [1, 2] }, true],
    [{ s: [2, 2] }, false],
    [Number.NaN, false],
  ])('%j valid: %s', (value, valid) => {
    const compiled = compileSchema(schema);
    const issues: { path: string; message: string }[] = [];
    compiled.collect(value, '', issues);
    expect(compiled.valid(value)).toBe(valid);
    expect(issues.length === 0).toBe(valid);
  });
});
