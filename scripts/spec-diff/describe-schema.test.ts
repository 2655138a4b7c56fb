import { describe, expect, it } from 'vitest';
import { describeSchema } from './describe-schema.ts';

describe('describeSchema', () => {
  it.each([
    [undefined, undefined],
    [false, false],
    [{ type: 'string' }, 'string'],
    [{ type: ['integer', 'null'] }, 'integer|null'],
    [
      { title: 'Job', type: 'object', properties: { id: {}, status: {} } },
      'Job object {id, status}',
    ],
    [{ enum: ['a', 1] }, 'enum("a", 1)'],
    [{ const: 'x' }, 'const "x"'],
    [{ oneOf: [{}, {}] }, 'oneOf(2)'],
    [[{ type: 'string' }, { type: 'integer' }], '[string, integer]'],
    [{}, 'schema'],
  ])('%j is %j', (schema, text) => {
    expect(describeSchema(schema)).toBe(text);
  });

  it('stays short on a cyclic schema', () => {
    const node: Record<string, unknown> = { type: 'object' };
    node.properties = { self: node };
    expect(describeSchema(node)).toBe('object {self}');
  });
});
