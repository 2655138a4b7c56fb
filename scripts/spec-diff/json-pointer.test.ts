import { describe, expect, it } from 'vitest';
import { child, escapeSegment, pointer } from './json-pointer.ts';

describe('json pointers', () => {
  it.each([
    ['plain', 'plain'],
    ['/api/status', '~1api~1status'],
    ['a~b', 'a~0b'],
    ['~/', '~0~1'],
    [3, '3'],
  ])('escapes %j as %j', (segment, escaped) => {
    expect(escapeSegment(segment)).toBe(escaped);
  });

  it('joins segments and extends a base pointer', () => {
    expect(pointer('paths', '/api/generate', 'post')).toBe('/paths/~1api~1generate/post');
    expect(pointer()).toBe('');
    expect(child('/paths', 'application/json')).toBe('/paths/application~1json');
  });
});
