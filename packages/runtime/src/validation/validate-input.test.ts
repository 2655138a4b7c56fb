import { describe, expect, it } from 'vitest';
import type { InputSchema } from '../provider-metadata.js';
import { VALIDATED_KEYWORDS, type ValidatedKeyword } from './schema-keywords.js';
import { formatIssues, validateInput } from './validate-input.js';

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

describe('validateInput keywords', () => {
  const strict = { type: 'object', additionalProperties: false, properties: { a: {} } } as const;
  it.each<[string, InputSchema, unknown, string[]]>([
    [
      'constructor is not a known field',
      strict,
      { constructor: 1 },
      ['/constructor is not a known field'],
    ],
    [
      'toString is not a known field',
      strict,
      { toString: 'x' },
      ['/toString is not a known field'],
    ],
    [
      '__proto__ is not a known field',
      strict,
      JSON.parse('{"__proto__": {}}'),
      ['/__proto__ is not a known field'],
    ],
    [
      'an inherited member is not a present field',
      { required: ['toString'] },
      {},
      ['/toString is required'],
    ],
    [
      'NaN',
      { type: 'number', minimum: 0 },
      Number.NaN,
      ['(body) must be a finite number (got NaN)'],
    ],
    [
      'Infinity',
      { maximum: 3 },
      Number.POSITIVE_INFINITY,
      ['(body) must be a finite number (got Infinity)'],
    ],
    ['multipleOf', { multipleOf: 0.1 }, 0.3, []],
    ['not a multipleOf', { multipleOf: 8 }, 12, ['(body) must be a multiple of 8 (got 12)']],
    ['object const', { const: { a: [1] } }, { a: [1] }, []],
    [
      'object enum miss',
      { enum: [{ a: 1 }] },
      { a: 2 },
      ['(body) must be one of {"a":1} (got {"a":2})'],
    ],
    [
      'uniqueItems',
      { uniqueItems: true },
      [{ a: 1 }, { a: 1 }],
      ['(body) must not repeat items (item 1 repeats an earlier one)'],
    ],
    [
      'schema additionalProperties',
      { additionalProperties: { type: 'string' } },
      { x: 'ok', y: 2 },
      ['/y must be string (got integer)'],
    ],
    [
      'dependentRequired',
      { dependentRequired: { a: ['b'] } },
      { a: 1 },
      ['/b is required when a is given'],
    ],
    [
      'maxProperties',
      { maxProperties: 1 },
      { a: 1, b: 2 },
      ['(body) must have at most 1 fields (got 2)'],
    ],
    ['not', { not: { required: ['a'] } }, { a: 1 }, ['(body) must not match {"required":["a"]}']],
    ['not, passing', { not: { required: ['a'] } }, { b: 1 }, []],
    [
      'anyOf, none',
      { anyOf: [{ type: 'integer', minimum: 3 }, { type: 'string' }] },
      1,
      ['(body) must be at least 3 (got 1)'],
    ],
    ['allOf', { allOf: [{ minimum: 1 }, { maximum: 2 }] }, 3, ['(body) must be at most 2 (got 3)']],
  ])('%s', (_name, schema, value, expected) => {
    expect(formatIssues(validateInput(schema, value)).split('; ').filter(Boolean)).toEqual(
      expected,
    );
  });

  describe('if/then/else', () => {
    const byModel: InputSchema = {
      type: 'object',
      if: { properties: { model: { const: 'fast' } }, required: ['model'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword.
      then: { properties: { duration: { maximum: 5 } } },
      else: { properties: { duration: { maximum: 10 } } },
    };
    it.each<[unknown, string[]]>([
      [{ model: 'fast', duration: 5 }, []],
      [{ model: 'fast', duration: 6 }, ['/duration must be at most 5 (got 6)']],
      [{ model: 'slow', duration: 6 }, []],
      [{ duration: 11 }, ['/duration must be at most 10 (got 11)']],
    ])('%j', (value, expected) => {
      expect(validateInput(byModel, value).map((i) => `${i.path} ${i.message}`)).toEqual(expected);
    });
  });

  it('reports the branch a const field picked, not the one with fewest issues', () => {
    const branch = (task: string, max: number) => ({
      type: 'object',
      properties: {
        task: { const: task },
        input: { type: 'object', properties: { seconds: { maximum: max } } },
      },
    });
    const tasks = { oneOf: [branch('a', 100), branch('b', 30)] } as const;
    expect(validateInput(tasks, { task: 'b', input: { seconds: 40 } })).toEqual([
      { path: '/input/seconds', message: 'must be at most 30 (got 40)' },
    ]);
  });
});

describe('the shared keyword list', () => {
  // One schema and one value it refuses per listed keyword: a keyword listed but not implemented
  // (or implemented but not listed, so the generator would refuse it) fails here.
  const refused: Record<ValidatedKeyword, [InputSchema, unknown]> = {
    type: [{ type: 'string' }, 1],
    enum: [{ enum: ['a'] }, 'b'],
    const: [{ const: 'a' }, 'b'],
    multipleOf: [{ multipleOf: 2 }, 3],
    minimum: [{ minimum: 2 }, 1],
    maximum: [{ maximum: 2 }, 3],
    exclusiveMinimum: [{ exclusiveMinimum: 2 }, 2],
    exclusiveMaximum: [{ exclusiveMaximum: 2 }, 2],
    minLength: [{ minLength: 2 }, 'a'],
    maxLength: [{ maxLength: 1 }, 'ab'],
    pattern: [{ pattern: '^a$' }, 'b'],
    items: [{ items: { type: 'string' } }, [1]],
    minItems: [{ minItems: 1 }, []],
    maxItems: [{ maxItems: 0 }, [1]],
    uniqueItems: [{ uniqueItems: true }, [1, 1]],
    required: [{ required: ['a'] }, {}],
    properties: [{ properties: { a: { type: 'string' } } }, { a: 1 }],
    additionalProperties: [{ additionalProperties: false }, { a: 1 }],
    minProperties: [{ minProperties: 1 }, {}],
    maxProperties: [{ maxProperties: 0 }, { a: 1 }],
    dependentRequired: [{ dependentRequired: { a: ['b'] } }, { a: 1 }],
    allOf: [{ allOf: [{ type: 'string' }] }, 1],
    anyOf: [{ anyOf: [{ type: 'string' }] }, 1],
    oneOf: [{ oneOf: [{ type: 'string' }] }, 1],
    not: [{ not: { type: 'integer' } }, 1],
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword.
    if: [{ if: { type: 'integer' }, then: { minimum: 2 } }, 1],
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword.
    then: [{ if: { type: 'integer' }, then: { minimum: 2 } }, 1],
    else: [{ if: { type: 'string' }, else: { minimum: 2 } }, 1],
    'x-mediagen-rules': [{ rules: [{ rule: 'sum', fields: ['/a/*'], maximum: 1 }] }, { a: [1, 1] }],
  };
  it.each(VALIDATED_KEYWORDS)('%s is enforced', (keyword) => {
    const [schema, value] = refused[keyword];
    expect(validateInput(schema, value)).not.toEqual([]);
  });
});
