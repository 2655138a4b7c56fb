import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { recordingClient } from './test-support/recording-client.js';

describe('Horacle upload of a bad file argument', () => {
  it.each([
    ['a missing path', '../../missing.png', /"..\/..\/missing.png" does not exist/],
    ['a directory', '.', /"\." is not a file/],
    ['undefined', undefined, /must be a local path, a Blob or File/],
    ['a Symbol', Symbol('x'), /got a symbol/],
    ['a number', 42, /got 42/],
  ])('%s is a ValidationError, with nothing sent', async (_, file, message) => {
    const { hc, sent } = recordingClient();
    const error = await hc.upload(file as never, { type: 'image/png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect(sent).toEqual([]);
  });
});
