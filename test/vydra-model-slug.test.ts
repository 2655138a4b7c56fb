/**
 * A public Vydra integration calls `POST /models/elevenlabs/tts`: a catalog slug with a `/`. The
 * generic `/models/{modelSlug}` route must reach it as two path segments, not `elevenlabs%2Ftts`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '@mediagen/runtime';
import { createVydraClient } from '@mediagen/vydra';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const seen: { method: string; url: string; body: string }[] = [];
let server: Server;
let baseUrl: string;

async function record(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({ method: req.method!, url: req.url!, body: await record(req) });
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jobId: 'job_tts1', status: 'pending', creditsCharged: 5 }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  seen.length = 0;
});

const tts = { text: 'Hello from Vydra', voice_id: 'voice_123' };
const client = () => createVydraClient({ apiKey: 'vydra_test_key', baseUrl });

describe('Vydra slugs with a slash', () => {
  it.each([
    [
      'call()',
      () =>
        client().call('generateWithModel', {
          params: { path: { modelSlug: 'elevenlabs/tts' } },
          body: tts,
        }),
    ],
    [
      'submit()',
      () =>
        client().submit('generateWithModel', {
          params: { path: { modelSlug: 'elevenlabs/tts' } },
          body: tts,
        }),
    ],
    [
      'POST through openapi-fetch',
      () =>
        client().POST('/models/{modelSlug}', {
          params: { path: { modelSlug: 'elevenlabs/tts' } },
          body: tts,
        }),
    ],
  ])('%s reaches POST /models/elevenlabs/tts unencoded', async (_name, send) => {
    await send();
    expect(seen).toEqual([
      { method: 'POST', url: '/api/v1/models/elevenlabs/tts', body: JSON.stringify(tts) },
    ]);
  });

  it('still encodes what is not a slash, and other parameters as one segment', async () => {
    const vydra = client();
    await vydra.call('generateWithModel', {
      params: { path: { modelSlug: 'fal ai/whisper?x' } },
      body: {},
    });
    await vydra.call('getJob', { params: { path: { jobId: 'job/1' } } }).catch(() => undefined);
    expect(seen.map((s) => s.url)).toEqual([
      '/api/v1/models/fal%20ai/whisper%3Fx',
      '/api/v1/jobs/job%2F1',
    ]);
  });

  it('refuses a slug that would reach another route, before anything is sent', async () => {
    const error = await client()
      .call('generateWithModel', { params: { path: { modelSlug: '../organization' } }, body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('nothing was charged');
    expect(seen).toEqual([]);
  });
});
