import { describe, expect, it } from 'vitest';
import { readTranscript } from './read-transcript.js';

describe('readTranscript', () => {
  it.each([
    ['plain text', '  Hello there.\n', { text: 'Hello there.', segments: [] }],
    [
      'Whisper JSON with segments and words',
      {
        text: ' Hello there.',
        language: 'en',
        duration: 1.5,
        segments: [{ text: ' Hello there.', start: 0, end: 1.5 }],
        words: [
          { word: 'Hello', start: 0, end: 0.6 },
          { word: 'there.', start: 0.7, end: 1.5 },
        ],
      },
      {
        text: 'Hello there.',
        language: 'en',
        durationInSeconds: 1.5,
        segments: [{ text: 'Hello there.', startSecond: 0, endSecond: 1.5 }],
        words: [
          { text: 'Hello', startSecond: 0, endSecond: 0.6 },
          { text: 'there.', startSecond: 0.7, endSecond: 1.5 },
        ],
      },
    ],
    [
      'an annotation with lyrics and word timings only',
      { lyrics: 'la la', word_timings: [{ text: 'la', start_time: 0, end_time: 1 }] },
      { text: 'la la', words: [{ text: 'la', startSecond: 0, endSecond: 1 }] },
    ],
    [
      'words without a text field',
      {
        words: [
          { word: 'one', start: 0, end: 1 },
          { word: 'two', start: 1, end: 2 },
        ],
      },
      { text: 'one two', segments: [] },
    ],
  ])('reads %s', (_, value, expected) => {
    expect(readTranscript(value)).toMatchObject(expected);
  });

  it.each([
    ['a number', 42],
    ['an array', ['a']],
    ['an object with nothing transcript-like', { status: 'ok' }],
    ['null', null],
  ])('reads no transcript from %s', (_, value) => {
    expect(readTranscript(value)).toBeUndefined();
  });
});
