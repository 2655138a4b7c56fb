import { describe, expect, it } from 'vitest';
import { mediaKindOf, mediaTypeOf } from './media-type.js';

describe('mediaTypeOf', () => {
  it.each([
    ['a declared type wins over the extension', 'voice.mp3', 'text/plain', 'text/plain'],
    ['parameters and case are dropped', undefined, 'Audio/MPEG; charset=binary', 'audio/mpeg'],
    ['no declared type: the extension', 'narrator.WAV', undefined, 'audio/wav'],
    ['an empty declared type counts as none', 'clip.mp4', '', 'video/mp4'],
    ['webm is taken as video unless declared', 'take.webm', undefined, 'video/webm'],
    ['an unknown extension gives nothing', 'notes.pdf', undefined, undefined],
    ['no name and no type gives nothing', undefined, undefined, undefined],
    ['a name without an extension gives nothing', 'README', undefined, undefined],
  ])('%s', (_why, name, declared, expected) => {
    expect(mediaTypeOf(name, declared)).toBe(expected);
  });
});

describe('mediaKindOf', () => {
  it.each([
    ['image/png', 'image'],
    ['audio/mpeg', 'audio'],
    ['video/quicktime', 'video'],
    ['text/plain', undefined],
    ['application/octet-stream', undefined],
    [undefined, undefined],
  ])('%s → %s', (type, kind) => {
    expect(mediaKindOf(type)).toBe(kind);
  });
});
