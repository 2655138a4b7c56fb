import { InvalidResponseError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createKubeezClient } from './create-kubeez-client.js';

const answering = (body: unknown) =>
  createKubeezClient({
    apiKey: 'kz_test_upload_answer_0123',
    fetch: async () => Response.json(body),
  });

describe('Kubeez uploadFile answer', () => {
  it('returns urls[0] as url', async () => {
    const body = { success: true, urls: ['https://storage.example/photo.jpg'], uploaded: 1 };
    const file = new Blob(['x'], { type: 'image/jpeg' });
    expect((await answering(body).uploadFile(file)).url).toBe('https://storage.example/photo.jpg');
  });

  it.each([
    ['an empty urls list', { success: true, urls: [], uploaded: 0 }],
    ['no urls list', { success: true, uploaded: 1 }],
  ])('refuses %s with a typed error carrying the answer, not a TypeError', async (_name, body) => {
    const file = new Blob(['x'], { type: 'image/jpeg' });
    const error = await answering(body)
      .uploadFile(file)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).body).toEqual(body);
  });
});
