import { describe, expect, it } from 'vitest';
import { accumulate, coerceValue } from './coerce-value.js';

describe('coerceValue', () => {
  it.each([
    ['integer', '5', 5],
    ['number', '0.5', 0.5],
    ['integer', 'ten', 'ten'], // left for the client to refuse with its own message
    ['integer', '', ''],
    ['boolean', 'true', true],
    ['boolean', 'NO', false],
    ['boolean', 'maybe', 'maybe'],
    ['string', '42', '42'],
    ['json', '{"a":1}', { a: 1 }],
    ['json', 'plain words', 'plain words'],
    ['json', '{broken', '{broken'],
  ] as const)('%s %j → %j', (kind, text, value) => {
    expect(coerceValue(kind, text)).toEqual(value);
  });
});

describe('accumulate', () => {
  it('adds one element per use, or takes a JSON array whole', () => {
    expect(accumulate('string', 'b', accumulate('string', 'a', undefined))).toEqual(['a', 'b']);
    expect(accumulate('integer', '3', [1])).toEqual([1, 3]);
    expect(accumulate('string', '["x","y"]', undefined)).toEqual(['x', 'y']);
  });
});
