import { describe, expect, it } from 'vitest';
import { collect, type Side } from './change.ts';
import { diffSchema } from './diff-schema.ts';
import { splitNull } from './nullability.ts';

const rows = (before: unknown, after: unknown, side: Side) =>
  collect((emit) => diffSchema({ emit, side, operation: 'op' }, '', before, after)).map(
    (c) => `${c.class} ${c.reason} ${c.pointer}`,
  );

/** The same "string or null" in each spelling a spec uses, with where the report points. */
const NULLABLE_STRING: [spelling: string, schema: object, keyword: string][] = [
  ['a 3.1 type list', { type: ['string', 'null'] }, 'type'],
  ['null among enum values', { type: ['string', 'null'], enum: ['a', 'b', null] }, 'type'],
  ['null as an enum value', { enum: ['a', 'b', null] }, 'enum'],
  ['a null branch', { oneOf: [{ type: 'string' }, { type: 'null' }] }, 'oneOf'],
  ['an anyOf null branch', { anyOf: [{ type: 'string' }, { const: null }] }, 'anyOf'],
  ['3.0 nullable', { type: 'string', nullable: true }, 'nullable'],
];
const STRING: Record<string, object> = {
  'a 3.1 type list': { type: 'string' },
  'null among enum values': { type: 'string', enum: ['a', 'b'] },
  'null as an enum value': { enum: ['a', 'b'] },
  'a null branch': { type: 'string' },
  'an anyOf null branch': { type: 'string' },
  '3.0 nullable': { type: 'string' },
};

/** The rule: a request must keep taking null where it did; a response must not start sending it. */
const EXPECTED: Record<Side, Record<'gains' | 'loses', string>> = {
  request: {
    gains: 'non-breaking request now accepts null',
    loses: 'breaking request no longer accepts null',
  },
  response: {
    gains: 'breaking response may now be null',
    loses: 'non-breaking response no longer null',
  },
};

describe('null, by direction, in every spelling', () => {
  const cases = NULLABLE_STRING.flatMap(([spelling, nullable, keyword]) =>
    (['request', 'response'] as const).flatMap((side) => [
      [spelling, side, 'gains', STRING[spelling]!, nullable, keyword] as const,
      [spelling, side, 'loses', nullable, STRING[spelling]!, keyword] as const,
    ]),
  );
  it.each(cases)('%s: a %s that %s null', (_spelling, side, change, before, after, keyword) => {
    expect(rows(before, after, side)).toEqual([`${EXPECTED[side][change]} /${keyword}`]);
  });

  it.each(NULLABLE_STRING)(
    '%s: moving to another spelling changes nothing about null',
    (_s, schema) => {
      for (const [, other] of NULLABLE_STRING) {
        expect(splitNull(other as Record<string, unknown>).nullable).toBe(true);
        for (const side of ['request', 'response'] as const) {
          expect(rows(schema, other, side).filter((r) => r.includes('null'))).toEqual([]);
        }
      }
    },
  );

  it.each([
    ['a property of a request body', 'request', 'breaking request no longer accepts null'],
    ['a property of a response body', 'response', 'non-breaking response no longer null'],
  ] as const)('reaches %s', (_name, side, expected) => {
    const body = (seed: object) => ({ type: 'object', properties: { seed } });
    expect(rows(body({ type: ['integer', 'null'] }), body({ type: 'integer' }), side)).toEqual([
      `${expected} /properties/seed/type`,
    ]);
  });

  it('leaves an untyped schema to the type change: `{}` takes null already', () => {
    expect(rows({}, { type: ['string', 'null'] }, 'request')).toEqual([
      'breaking request type narrowed /type',
    ]);
  });

  it('reports a null-only schema as a type change, not as nullability', () => {
    expect(rows({ type: 'null' }, { type: 'string' }, 'response')).toEqual([
      'breaking response type changed /type',
    ]);
  });
});
