import type { ProviderMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { readJson } from './answer.js';
import { readForm } from './read-form.js';
import { refuseParts } from './refuse-parts.js';
import { readSpecDocument } from './spec-document.js';

const unprocessable = {
  content: {
    'application/json': {
      examples: {
        invalidRequest: { value: { error: 'invalid_request', message: 'Bad body.' } },
      },
    },
  },
};
const doc = readSpecDocument({
  paths: {
    '/clone': { post: { operationId: 'clone', responses: { '422': unprocessable } } },
    '/plain': { post: { operationId: 'plain', responses: {} } },
  },
});
const metadata = {
  errors: { message: '/message' },
  operations: {
    clone: { method: 'post', path: '/clone', auth: true, partMediaTypes: { file: ['audio/*'] } },
    plain: { method: 'post', path: '/plain', auth: true, partMediaTypes: { file: ['audio/*'] } },
  },
} as unknown as ProviderMetadata;
const ctx = { doc, metadata };

/** A multipart body exactly as a client sends it: its bytes and its boundary'd content type. */
async function multipart(file: Blob) {
  const data = new FormData();
  data.append('file', file, 'take.bin');
  data.append('name', 'My narrator');
  const request = new Request('http://x/', { method: 'POST', body: data });
  const headers = new Headers({ 'content-type': request.headers.get('content-type')! });
  return { headers, body: Buffer.from(await request.arrayBuffer()) };
}
const signal = new AbortController().signal;

describe('refuseParts', () => {
  it('answers a part of an undeclared type with the documented error, the reason in its message', async () => {
    const { headers, body } = await multipart(new Blob(['notes'], { type: 'text/plain' }));
    const answer = await refuseParts(ctx, 'clone', headers, body, signal);
    expect(answer?.status).toBe(422);
    expect(readJson(answer!)).toEqual({
      error: 'invalid_request',
      message: 'Bad body. (part file must be audio/*, not text/plain)',
    });
  });

  it('lets a part of a declared type through, and operations without declared parts', async () => {
    const audio = await multipart(new Blob(['ID3'], { type: 'audio/mpeg' }));
    expect(await refuseParts(ctx, 'clone', audio.headers, audio.body, signal)).toBeUndefined();
    const text = await multipart(new Blob(['notes'], { type: 'text/plain' }));
    expect(await refuseParts({ doc }, 'clone', text.headers, text.body, signal)).toBeUndefined();
    expect(await refuseParts(ctx, undefined, text.headers, text.body, signal)).toBeUndefined();
  });

  it('still refuses where the operation documents no error, in a plain body', async () => {
    const { headers, body } = await multipart(new Blob(['notes'], { type: 'text/plain' }));
    const answer = await refuseParts(ctx, 'plain', headers, body, signal);
    expect(answer?.status).toBe(400);
    expect(readJson(answer!)).toEqual({ error: 'part file must be audio/*, not text/plain' });
  });
});

describe('readForm', () => {
  it('leaves alone what it should not parse: not multipart, too large, malformed, aborted', async () => {
    const { headers, body } = await multipart(new Blob(['ID3'], { type: 'audio/mpeg' }));
    const type = headers.get('content-type');
    expect((await readForm(type, body, signal))?.get('name')).toBe('My narrator');
    expect(await readForm('application/json', body, signal)).toBeUndefined();
    expect(await readForm(type, body, signal, body.length - 1)).toBeUndefined();
    expect(await readForm(type, Buffer.from('not multipart'), signal)).toBeUndefined();
    expect(await readForm(type, body, AbortSignal.abort())).toBeUndefined();
  });
});
