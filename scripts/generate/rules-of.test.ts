import { describe, expect, it } from 'vitest';
import { rulesOf } from './prune-schema.ts';
import { SpecError } from './spec-error.ts';

describe('rulesOf (x-mediagen-rules)', () => {
  it('keeps each rule, without its assumption note', () => {
    expect(
      rulesOf([
        { rule: 'product', fields: ['/w', '/h'], maximum: 4, 'x-mediagen-assumption': 'n' },
        { rule: 'requires', when: ['/a'], requires: ['/b'] },
      ]),
    ).toEqual([
      { rule: 'product', fields: ['/w', '/h'], maximum: 4 },
      { rule: 'requires', when: ['/a'], requires: ['/b'] },
    ]);
  });

  it.each([
    ['not a list', { rule: 'step' }, /must be a list/],
    ['an unknown rule', [{ rule: 'ratio', fields: ['/w'] }], /unknown rule "ratio"; use one of/],
    ['a field that is not a pointer', [{ rule: 'step', field: 'frames' }], /JSON pointers/],
  ])('refuses %s', (_name, rules, message) => {
    expect(() => rulesOf(rules)).toThrow(SpecError);
    expect(() => rulesOf(rules)).toThrow(message);
  });
});
