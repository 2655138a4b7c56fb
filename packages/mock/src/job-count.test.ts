import { describe, expect, it } from 'vitest';
import { findJobCount, jobCountOf } from './job-count.js';

const input = {
  type: 'object',
  properties: { variant_count: { type: 'integer', minimum: 1 }, language: { type: 'string' } },
} as const;

describe('findJobCount', () => {
  it('finds the integer property whose documented value is the documented number of ids', () => {
    expect(findJobCount(3, [{ variant_count: 3, language: 'en' }], input)).toEqual({
      documented: 3,
      property: 'variant_count',
    });
  });
  it('finds none from one id, or without an integer property of that value', () => {
    expect(findJobCount(1, [{ variant_count: 1 }], input)).toEqual({ documented: 1 });
    expect(findJobCount(3, [{ variant_count: 2 }], input)).toEqual({ documented: 3 });
    expect(findJobCount(3, [{ variant_count: 3 }], undefined)).toEqual({ documented: 3 });
  });
});

describe('jobCountOf', () => {
  const count = { documented: 3, property: 'variant_count' };
  it.each([
    [{ variant_count: 5 }, 5],
    [{ variant_count: 1 }, 1],
    [{}, 3],
    [{ variant_count: 0 }, 3],
    [{ variant_count: 2.5 }, 3],
    [{ variant_count: 10_000 }, 100],
  ])('%j → %i jobs', (body, n) => expect(jobCountOf(count, body)).toBe(n));
  it('takes the schema default when the body leaves the count out', () => {
    expect(jobCountOf({ ...count, default: 4 }, {})).toBe(4);
    expect(jobCountOf({ ...count, maximum: 6 }, { variant_count: 9 })).toBe(6);
  });
});
