import { describe, expect, it } from 'vitest';
import { freshId } from './fresh-id.js';
import { seededRandom } from './seeded-random.js';

describe('freshId', () => {
  it.each([
    ['n92abc123hh10', '^n92', /^n92[a-z]{3}\d{3}[a-z]{2}\d{2}$/],
    ['job_abc123', undefined, /^job_[a-z]{3}\d{3}$/],
    ['abc-123-uuid', undefined, /^abc-\d{3}-[a-z]{4}$/],
    [
      '3f2b9c1e-0a4d-4e5f-8a9b-1c2d3e4f5a6b',
      undefined,
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    ],
  ])('shapes a new id like %s', (example, pattern, shape) => {
    const random = seededRandom(7);
    const a = freshId(example, random, pattern);
    const b = freshId(example, random, pattern);
    expect(a).toMatch(shape);
    expect(a).not.toBe(b);
    expect(a).not.toBe(example);
  });
});
