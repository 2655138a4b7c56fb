import { describe, expect, it } from 'vitest';
import { decideOutputFile, kindOfWords, type OutputHints, wordsOf } from './output-kind.js';

describe('wordsOf', () => {
  it.each([
    ['generateTextToVideo', ['generate', 'text', 'to', 'video']],
    ['text-to-video', ['text', 'to', 'video']],
    ['audio.speak', ['audio', 'speak']],
    ['/v1/generate/media', ['v1', 'generate', 'media']],
  ])('%s', (text, words) => expect(wordsOf(text)).toEqual(words));
});

describe('kindOfWords', () => {
  it.each([
    [['image', 'to', 'video'], 'video'],
    [['speech', 'to', 'text'], 'text'],
    [['text', 'to', 'speech'], 'audio'],
    [['generate', 'dialogue'], 'audio'],
    [['transcribe', 'audio'], 'text'],
    [['text'], undefined],
    [['nano', 'banana', '2'], undefined],
  ] as const)('%j → %s', (words, kind) => expect(kindOfWords(words)).toBe(kind));
});

describe('decideOutputFile', () => {
  it.each<[string, OutputHints, string, string]>([
    ['the field name wins', { key: 'videoUrl', job: ['image'] }, 'video', 'mp4'],
    [
      'the job beats the example',
      { job: ['text', 'to', 'video'], declared: 'image' },
      'video',
      'mp4',
    ],
    ['a declared kind word', { key: 'url', declared: 'audio' }, 'audio', 'wav'],
    ['a declared MIME type', { declared: 'audio/mpeg' }, 'audio', 'mp3'],
    ['the placeholder extension', { placeholder: 'https://x/v/abc.mp4' }, 'video', 'mp4'],
    [
      'an mp3 placeholder',
      { job: ['separation'], placeholder: 'https://.../vocals.mp3' },
      'audio',
      'mp3',
    ],
    ['a job asking for mp3', { job: ['mp3', '44100', 'speech'] }, 'audio', 'mp3'],
    ['an elided URL of an image job', { placeholder: 'https://...' }, 'image', 'png'],
    ['a webp placeholder is served as PNG', { placeholder: 'https://x/o.webp' }, 'image', 'png'],
    ['a transcript', { job: ['transcribe'] }, 'text', 'txt'],
    [
      'an annotation of audio is JSON',
      { job: ['audio', 'annotation', 'reference'], placeholder: 'https://...' },
      'text',
      'json',
    ],
    ['a JSON placeholder', { placeholder: 'https://x/a.json' }, 'text', 'json'],
    [
      'a field named for a medium beats the job',
      { key: 'audioUrl', job: ['audio', 'annotation'] },
      'audio',
      'wav',
    ],
    ['a subtitle file', { job: ['captions'], placeholder: 'https://x/a.vtt' }, 'text', 'vtt'],
  ])('%s', (_, hints, kind, ext) => {
    expect(decideOutputFile(hints)).toMatchObject({ kind, ext });
  });
});
