import { describe, expect, it } from 'vitest';
import { readPointer } from './json-pointer.js';

describe('readPointer', () => {
  it('reads plain and wildcard pointers', () => {
    const body = { outputs: [{ url: 'a' }, { url: 'b' }], data: { 'x/y': 1 } };
    expect(readPointer(body, '/outputs/*/url')).toEqual(['a', 'b']);
    expect(readPointer(body, '/data/x~1y')).toEqual([1]);
    expect(readPointer(body, '/missing/x')).toEqual([]);
  });
});
