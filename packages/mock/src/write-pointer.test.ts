import { describe, expect, it } from 'vitest';
import { findString, writePointer } from './write-pointer.js';

describe('writePointer and findString', () => {
  it('writes where the parent exists, and only there', () => {
    const body = { data: { task_id: 'a', list: [{ id: 'b' }] } };
    expect(writePointer(body, '/data/task_id', 'z')).toBe(true);
    expect(writePointer(body, '/data/list/0/id', 'y')).toBe(true);
    expect(writePointer(body, '/missing/id', 'x')).toBe(false);
    expect(writePointer(body, '', 'x')).toBe(false);
    expect(body).toEqual({ data: { task_id: 'z', list: [{ id: 'y' }] } });
  });

  it('finds the pointer of a string', () => {
    expect(findString({ a: [{ b: 'x' }, { c: 'id' }] }, 'id')).toBe('/a/1/c');
    expect(findString({ a: 1 }, 'id')).toBeUndefined();
  });
});
