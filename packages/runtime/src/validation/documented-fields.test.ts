import { describe, expect, expectTypeOf, it } from 'vitest';
import { type DocumentedFields, type ExtraFields, withExtra } from './documented-fields.js';

type Open = { prompt: string; seconds?: number; [key: string]: unknown };
type Input = DocumentedFields<Open> & ExtraFields;

describe('DocumentedFields', () => {
  it('keeps the known fields and their types, and drops the index signature', () => {
    expectTypeOf<DocumentedFields<Open>>().toEqualTypeOf<{ prompt: string; seconds?: number }>();
    // @ts-expect-error a misspelled key is not a documented field
    const misspelled: Input = { promt: 'x' };
    // @ts-expect-error a known field keeps its type
    const wrongType: Input = { prompt: 1 };
    expect([misspelled, wrongType]).toHaveLength(2);
  });

  it('keeps a union of shapes a union', () => {
    type Shapes = DocumentedFields<{ a: 1; [k: string]: unknown } | { b: 2; [k: string]: unknown }>;
    expectTypeOf<Shapes>().toEqualTypeOf<{ a: 1 } | { b: 2 }>();
  });
});

describe('withExtra', () => {
  it.each([
    [{ prompt: 'x' }, { prompt: 'x' }],
    [
      { prompt: 'x', extra: { seed: 7 } },
      { seed: 7, prompt: 'x' },
    ],
    [{ prompt: 'x', extra: { prompt: 'y' } }, { prompt: 'x' }],
    // A plain-JavaScript caller's own undocumented key is sent as before.
    [
      { prompt: 'x', seed: 7 },
      { prompt: 'x', seed: 7 },
    ],
  ])('%j is sent as %j', (input, body) => {
    expect(withExtra(input)).toEqual(body);
  });
});
