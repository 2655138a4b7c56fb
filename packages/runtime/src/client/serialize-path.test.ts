import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { createPathSerializer, reservedSegments } from './serialize-path.js';

describe('reservedSegments', () => {
  it.each([
    ['veo3', 'veo3'],
    ['elevenlabs/tts', 'elevenlabs/tts'],
    ['a b/c?d#e', 'a%20b/c%3Fd%23e'],
    ['%2e%2e/x', '%252e%252e/x'],
    ['../organization', undefined],
    ['a/./b', undefined],
    ['a//b', undefined],
    ['a/', undefined],
  ])('%j → %j', (value, expected) => {
    expect(reservedSegments(value)).toBe(expected);
  });
});

describe('createPathSerializer', () => {
  const metadata = {
    ...fixture,
    operations: {
      ...fixture.operations,
      generate: {
        method: 'post',
        path: '/models/{slug}',
        auth: true,
        parameters: { slug: 'path' },
        reservedParameters: ['slug'],
      },
    },
  } as const;
  const serialize = createPathSerializer(metadata)!;

  it('keeps the slash of a reserved parameter, and encodes every other one as one segment', () => {
    expect(serialize('https://x.test/v1/models/{slug}', { slug: 'elevenlabs/tts' })).toBe(
      'https://x.test/v1/models/elevenlabs/tts',
    );
    expect(serialize('https://x.test/v1/jobs/{id}', { id: 'a/b' })).toBe(
      'https://x.test/v1/jobs/a%2Fb',
    );
  });

  it('refuses a value that would reach another route', () => {
    expect(() => serialize('https://x.test/v1/models/{slug}', { slug: '../jobs' })).toThrow(
      ValidationError,
    );
  });

  it('is not installed where no spec parameter keeps its slash', () => {
    expect(createPathSerializer(fixture)).toBeUndefined();
  });
});
