import { describe, expect, it } from 'vitest';
import { collect, type Side } from './change.ts';
import { diffSchema } from './diff-schema.ts';

const diff = (before: unknown, after: unknown, side: Side = 'request') =>
  collect((emit) => diffSchema({ emit, side, operation: 'op' }, '', before, after)).map(
    ({ pointer, class: kind, reason }) => [pointer, kind, reason],
  );

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const str = { type: 'string' };

describe('diffSchema', () => {
  it('finds nothing between equal schemas', () => {
    expect(diff(obj({ a: str }), obj({ a: str }))).toEqual([]);
  });

  it('treats a const and a one-value enum as the same value set', () => {
    expect(diff({ const: 'a' }, { enum: ['a', 'b'] })).toEqual([
      ['/enum', 'non-breaking', 'request enum value added'],
    ]);
    expect(diff({ enum: ['a', 'b'] }, { const: 'a' })).toEqual([
      ['/enum', 'breaking', 'request enum value removed'],
    ]);
  });

  it('closes an object to extra fields: breaking in a request, not in a response', () => {
    expect(diff(obj({}), obj({}, { additionalProperties: false }))).toEqual([
      ['/additionalProperties', 'breaking', 'request object closed to extra fields'],
    ]);
    expect(diff(obj({}), obj({}, { additionalProperties: false }), 'response')).toEqual([
      ['/additionalProperties', 'non-breaking', 'response extra fields rule changed'],
    ]);
  });

  it('walks items, prefixItems and additionalProperties schemas', () => {
    expect(
      diff({ type: 'array', items: str }, { type: 'array', items: { type: 'integer' } }),
    ).toEqual([['/items/type', 'breaking', 'request type narrowed']]);
    expect(diff({ prefixItems: [str] }, { prefixItems: [str, str] })).toEqual([
      ['/prefixItems', 'breaking', 'request tuple length changed'],
    ]);
    expect(
      diff(
        { additionalProperties: str },
        { additionalProperties: { type: 'integer' } },
        'response',
      ),
    ).toEqual([['/additionalProperties/type', 'breaking', 'response type changed']]);
  });

  it('compares through allOf, so moving a field into a branch changes nothing', () => {
    expect(
      diff(obj({ a: str }, { required: ['a'] }), { allOf: [obj({ a: str }), { required: ['a'] }] }),
    ).toEqual([]);
  });

  it('fails closed on a request keyword it does not model, and flags it in a response', () => {
    expect(diff({}, { not: { const: 'x' } })).toEqual([
      ['/not', 'breaking', 'request rule `not` changed; not proven to loosen'],
    ]);
    expect(diff({}, { not: { const: 'x' } }, 'response')).toEqual([
      ['/not', 'review', 'response rule `not` changed'],
    ]);
  });

  it('classes documentation and x-mediagen facts: docs here, facts in the metadata diff', () => {
    expect(
      diff(
        { ...str, description: 'a' },
        { ...str, description: 'b', 'x-mediagen-prices': { a: 1 } },
      ),
    ).toEqual([['/description', 'non-breaking', 'docs or examples']]);
  });

  it('handles true/false schemas', () => {
    expect(diff(true, false)).toEqual([['', 'breaking', 'request type narrowed']]);
    expect(diff(false, true)).toEqual([['', 'non-breaking', 'request type loosened']]);
  });

  it('compares a schema shared by two properties (one $ref used twice) at both places', () => {
    const [side, wide] = [{ type: 'integer' }, { type: 'number' }];
    expect(
      diff(obj({ width: side, height: side }), obj({ width: wide, height: wide }), 'response'),
    ).toEqual([
      ['/properties/width/type', 'breaking', 'response type changed'],
      ['/properties/height/type', 'breaking', 'response type changed'],
    ]);
  });

  it('terminates on cyclic schemas', () => {
    const before: Record<string, unknown> = obj({ name: str });
    (before.properties as Record<string, unknown>).child = before;
    const after: Record<string, unknown> = obj({ name: { type: 'integer' } });
    (after.properties as Record<string, unknown>).child = after;
    expect(diff(before, after, 'response')).toEqual([
      ['/properties/name/type', 'breaking', 'response type changed'],
    ]);
  });
});

describe('diffSchema on unions', () => {
  const a = obj({ kind: { const: 'a' }, x: str }, { title: 'A', required: ['kind'] });
  const b = obj({ kind: { const: 'b' }, y: str }, { title: 'B', required: ['kind'] });
  const c = obj({ kind: { const: 'c' } }, { title: 'C', required: ['kind'] });
  const rows = (before: unknown, after: unknown, side: Side = 'request') =>
    diff(before, after, side).map(([pointer, kind, reason]) => `${kind} ${reason} ${pointer}`);

  it.each([
    [
      'a request variant removed',
      { oneOf: [a, b] },
      { oneOf: [a] },
      'request',
      ['breaking request variant removed /oneOf/1'],
    ],
    [
      'a request variant added',
      { oneOf: [a] },
      { oneOf: [a, b] },
      'request',
      ['non-breaking request variant added /oneOf/1'],
    ],
    [
      'a response variant added',
      { oneOf: [a] },
      { oneOf: [a, c] },
      'response',
      ['breaking response variant added: the response type changed /oneOf/1'],
    ],
    [
      'a response variant removed',
      { oneOf: [a, c] },
      { oneOf: [a] },
      'response',
      ['non-breaking response variant removed /oneOf/1'],
    ],
    [
      'oneOf loosened to anyOf',
      { oneOf: [a, b] },
      { anyOf: [a, b] },
      'request',
      ['non-breaking request union loosened: oneOf became anyOf /anyOf'],
    ],
    [
      'anyOf narrowed to oneOf',
      { anyOf: [a, b] },
      { oneOf: [a, b] },
      'request',
      ['breaking request union narrowed: anyOf became oneOf /oneOf'],
    ],
  ] as const)('%s', (_name, before, after, side, expected) => {
    expect(rows(before, after, side)).toEqual(expected);
  });

  it('compares a change inside a branch matched by title, wherever it moved', () => {
    const b2 = { ...b, properties: { ...b.properties, y: { type: 'integer' } } };
    expect(rows({ oneOf: [a, b] }, { oneOf: [b2, a] })).toEqual([
      'breaking request type narrowed /oneOf/0/properties/y/type',
    ]);
  });

  it('folds a union into one schema: each old branch against it, with the parent keywords', () => {
    const parent = {
      type: 'object',
      required: ['kind'],
      oneOf: [
        { title: 'A', properties: { kind: { const: 'a' } } },
        { title: 'B', properties: { kind: { const: 'b' } } },
      ],
    };
    const merged = obj({ kind: { enum: ['a', 'b'] } }, { required: ['kind'] });
    expect(rows(parent, merged).filter((r) => !r.includes('docs'))).toEqual([
      'non-breaking request enum value added /properties/kind/enum',
      'non-breaking request enum value added /properties/kind/enum',
    ]);
  });
});

describe('diffSchema on a required name whose schema is dropped', () => {
  const schema = (properties: Record<string, unknown>) => ({
    type: 'object',
    required: ['id'],
    properties,
  });
  it('widens it to anything: breaking for a reader, fine for a sender', () => {
    expect(diff(schema({ id: { type: 'string' } }), schema({}), 'response')).toEqual([
      ['/properties/id/type', 'breaking', 'response type changed'],
    ]);
    expect(diff(schema({ id: { type: 'string' } }), schema({}))).toEqual([
      ['/properties/id/type', 'non-breaking', 'request type loosened'],
    ]);
  });
});

describe('diffSchema on rules it does not model', () => {
  const rules = [{ rule: 'maxPixels', fields: ['/width', '/height'], max: 4000000 }];
  it.each([
    [
      'x-mediagen-rules added',
      {},
      { 'x-mediagen-rules': rules },
      'request',
      'breaking',
      'request rule `x-mediagen-rules` changed; not proven to loosen',
    ],
    [
      'x-mediagen-rules removed',
      { 'x-mediagen-rules': rules },
      {},
      'request',
      'non-breaking',
      'request rule `x-mediagen-rules` removed',
    ],
    [
      'not removed',
      { not: { const: 'x' } },
      {},
      'request',
      'non-breaking',
      'request rule `not` removed',
    ],
    [
      'x-mediagen-rules in a response',
      {},
      { 'x-mediagen-rules': rules },
      'response',
      'review',
      'response rule `x-mediagen-rules` changed',
    ],
  ] as const)('%s', (_name, before, after, side, kind, reason) => {
    expect(diff(before, after, side).map(([, k, r]) => [k, r])).toEqual([[kind, reason]]);
  });
});

describe('diffSchema on value sets', () => {
  it.each([
    [
      { const: 'v1' },
      { const: 'v2' },
      'response',
      [['/const', 'breaking', 'response const changed']],
    ],
    [
      { const: 'v1' },
      { const: 'v2' },
      'request',
      [['/const', 'breaking', 'request const changed']],
    ],
    [
      { enum: ['a', 'b'] },
      { enum: ['c'] },
      'response',
      [['/enum', 'breaking', 'response values replaced: no old value is left']],
    ],
    [
      { enum: ['a', 'b'] },
      { enum: ['a', 'c'] },
      'response',
      [
        ['/enum', 'non-breaking', 'response enum value removed'],
        ['/enum', 'review', 'response enum value added: breaks exhaustive switches'],
      ],
    ],
    [
      { const: 'a' },
      { enum: ['a', 'b'] },
      'response',
      [['/enum', 'review', 'response enum value added: breaks exhaustive switches']],
    ],
  ] as const)('%j → %j in a %s', (before, after, side, expected) => {
    expect(diff(before, after, side)).toEqual(expected);
  });
});
