import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createKubeezClient } from './create-kubeez-client.js';

describe('Kubeez uploadFile of a bad file argument', () => {
  it.each([
    ['undefined', undefined, /must be a local path, a Blob or File/],
    ['a Symbol', Symbol('x'), /got a symbol/],
    ['null', null, /got null/],
    ['an empty path', '', /got an empty string/],
    ['a missing path', '../../missing.png', /"..\/..\/missing.png" does not exist/],
  ])(
    '%s is a ValidationError, not "undefined bytes", with nothing sent',
    async (_, file, message) => {
      const sent: Request[] = [];
      const kz = createKubeezClient({
        apiKey: 'kz_test_upload_input_0123',
        fetch: async (request: Request) => {
          sent.push(request);
          return Response.json({ urls: ['https://cdn/x'] });
        },
      });
      const error = await kz.uploadFile(file as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/bytes, over/);
      expect(sent).toEqual([]);
    },
  );
});
