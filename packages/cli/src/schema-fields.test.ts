import { metadata } from '@mediagen/happyhorse';
import { describe, expect, it } from 'vitest';
import { fieldsOf, kindOf } from './schema-fields.js';

describe('kindOf', () => {
  it.each([
    [{ type: 'integer' }, 'integer'],
    [{ type: ['number', 'null'] }, 'number'],
    [{ enum: ['a', 'b'] }, 'string'],
    [{ const: true }, 'boolean'],
    [{ anyOf: [{ type: 'string', enum: ['x'] }, { type: 'string' }] }, 'string'],
    [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 'json'],
    [{ type: 'object' }, 'json'],
    [undefined, 'json'],
  ] as const)('%j is %s', (schema, kind) => {
    expect(kindOf(schema)).toBe(kind);
  });
});

describe('fieldsOf', () => {
  it("reads HappyHorse's single- and multi-shot bodies as one set of flags", () => {
    const fields = fieldsOf(metadata.operations.createTask.input);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.model).toMatchObject({
      kind: 'string',
      required: true,
      constant: 'happyhorse-1.0/video',
    });
    expect(byName.prompt).toMatchObject({ kind: 'string', required: false });
    expect(byName.duration).toMatchObject({ kind: 'integer' });
    expect(byName.mode).toMatchObject({ kind: 'string', values: ['pro', 'std'] });
    expect(byName.image_urls).toMatchObject({ kind: 'array', items: 'string' });
    expect(byName.sound).toMatchObject({ kind: 'boolean' });
    expect(byName.multi_prompt).toMatchObject({ kind: 'array', items: 'json' });
  });
});
