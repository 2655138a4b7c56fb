import { describe, expect, it } from 'vitest';
import {
  classifyEnumValue,
  classifyLimit,
  classifyProperty,
  classifyType,
  classifyValueSet,
  classifyValuesReplaced,
  typesOf,
} from './classify-keyword.ts';

describe('classifyLimit', () => {
  it.each([
    ['maxLength', 500, 200, 'request', 'breaking'],
    ['maxLength', 200, 500, 'request', 'non-breaking'],
    ['maxLength', undefined, 200, 'request', 'breaking'],
    ['maxLength', 200, undefined, 'request', 'non-breaking'],
    ['minimum', 1, 3, 'request', 'breaking'],
    ['minimum', 3, 1, 'request', 'non-breaking'],
    ['exclusiveMaximum', 10, 9, 'request', 'breaking'],
    ['minItems', undefined, 1, 'request', 'breaking'],
    ['pattern', undefined, '^a', 'request', 'breaking'],
    ['pattern', '^a', '^b', 'request', 'breaking'],
    ['pattern', '^a', undefined, 'request', 'non-breaking'],
    ['uniqueItems', false, true, 'request', 'breaking'],
    ['uniqueItems', true, false, 'request', 'non-breaking'],
    ['maxLength', 500, 200, 'response', 'non-breaking'],
    ['pattern', undefined, '^a', 'response', 'non-breaking'],
  ] as const)('%s %j → %j in a %s is %s', (keyword, before, after, side, expected) => {
    expect(classifyLimit(keyword, before, after, side).class).toBe(expected);
  });
});

describe('classifyType', () => {
  const t = (...types: string[]) => new Set(types);
  it.each([
    [t('integer', 'null'), t('integer'), 'request', 'breaking'],
    [t('integer'), t('integer', 'null'), 'request', 'non-breaking'],
    [t('integer'), t('number'), 'request', 'non-breaking'],
    [t('number'), t('integer'), 'request', 'breaking'],
    [undefined, t('string'), 'request', 'breaking'],
    [t('string'), undefined, 'request', 'non-breaking'],
    [t('integer'), t('string'), 'response', 'breaking'],
    [t('integer'), t('integer', 'null'), 'response', 'breaking'],
    [t('integer', 'null'), t('integer'), 'response', 'non-breaking'],
    [t('number'), t('integer'), 'response', 'non-breaking'],
    [undefined, t('string'), 'response', 'non-breaking'],
    [t('string'), undefined, 'response', 'breaking'],
  ] as const)('%o → %o in a %s is %s', (before, after, side, expected) => {
    expect(classifyType(before, after, side).class).toBe(expected);
  });

  it('reads a single type, a type list, and no type', () => {
    expect(typesOf({ type: 'string' })).toEqual(new Set(['string']));
    expect(typesOf({ type: ['string', 'null'] })).toEqual(new Set(['string', 'null']));
    expect(typesOf({})).toBeUndefined();
  });
});

describe('enum values and value lists', () => {
  it.each([
    ['added', 'request', 'non-breaking'],
    ['removed', 'request', 'breaking'],
    ['added', 'response', 'review'],
    ['removed', 'response', 'non-breaking'],
  ] as const)('an enum value %s in a %s is %s', (change, side, expected) => {
    expect(classifyEnumValue(change, side).class).toBe(expected);
  });

  it.each([
    ['added', 'request', 'breaking'],
    ['removed', 'request', 'non-breaking'],
    ['added', 'response', 'non-breaking'],
    ['removed', 'response', 'breaking'],
  ] as const)('a whole enum/const %s in a %s is %s', (change, side, expected) => {
    expect(classifyValueSet(change, side).class).toBe(expected);
  });
});

describe('classifyProperty', () => {
  it.each([
    ['added', true, 'request', 'breaking', 'new required request field'],
    ['added', false, 'request', 'non-breaking', 'optional request field added'],
    ['removed', false, 'request', 'breaking', 'request field removed'],
    ['made required', true, 'request', 'breaking', 'request field made required'],
    ['made optional', true, 'request', 'non-breaking', 'request field made optional'],
    ['added', true, 'response', 'non-breaking', 'response field added'],
    ['removed', false, 'response', 'breaking', 'response field removed'],
    ['made optional', true, 'response', 'breaking', 'response field made optional'],
    ['made required', true, 'response', 'non-breaking', 'response field made required'],
  ] as const)('%s (required %s) in a %s is %s', (change, required, side, expected, reason) => {
    expect(classifyProperty(change, required, side)).toEqual({ class: expected, reason });
  });
});

/**
 * The rule: in both directions, a value set that keeps none of its old values breaks (the sender's
 * old value is refused; the reader's match on it never fires). Where some old value stays, each
 * value is classed on its own.
 */
describe('classifyValuesReplaced', () => {
  it.each([
    ['const', 'const', true, 'request', 'breaking request const changed'],
    ['const', 'const', true, 'response', 'breaking response const changed'],
    ['enum', 'enum', true, 'response', 'breaking response values replaced: no old value is left'],
    ['const', 'enum', true, 'response', 'breaking response values replaced: no old value is left'],
    ['enum', 'const', true, 'request', 'breaking request values replaced: no old value is left'],
    ['enum', 'enum', false, 'response', undefined],
    ['enum', 'const', false, 'request', undefined],
  ] as const)('%s → %s, every old value gone: %s, %s', (was, is, allRemoved, side, expected) => {
    const verdict = classifyValuesReplaced(was, is, allRemoved, side);
    expect(verdict && `${verdict.class} ${verdict.reason}`).toBe(expected);
  });
});
