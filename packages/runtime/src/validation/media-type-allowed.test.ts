import { describe, expect, it } from 'vitest';
import { mediaTypeAllowed } from './media-type-allowed.js';

describe('mediaTypeAllowed', () => {
  it.each([
    ['a subtype under its wildcard', 'audio/mpeg', ['audio/*'], true],
    ['parameters and case ignored', 'Audio/WAV; rate=44100', ['audio/*'], true],
    ['another top-level type', 'text/plain', ['audio/*'], false],
    ['an exact type in a list', 'image/png', ['image/jpeg', 'image/png'], true],
    ['a type missing from a list', 'image/gif', ['image/jpeg', 'image/png'], false],
    ['anything under */*', 'application/pdf', ['*/*'], true],
    ['no type at all', undefined, ['audio/*'], false],
    ['an empty type', '', ['*/*'], false],
    ['a type without a subtype', 'audio', ['audio/*'], false],
    ['no ranges', 'audio/mpeg', [], false],
  ])('%s', (_name, type, ranges, expected) => {
    expect(mediaTypeAllowed(type, ranges)).toBe(expected);
  });
});
