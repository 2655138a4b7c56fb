/**
 * Real outputs: every provider's finished job names files on the mock's own origin, and each is a
 * small valid file of the job's kind (magic bytes, Content-Type, Content-Length), the same for the
 * same job. `outputs: 'placeholder'` keeps the documented URLs.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { MockServer } from '@mediagen/mock';
import type { ProviderMetadata } from '@mediagen/runtime';
import { readFirst, readPointer } from '@mediagen/runtime/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProviders, root } from '../scripts/list-providers.ts';
import { documentedSubmits, type Json } from './helpers/documented-submits.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const providers = listProviders();
const mocks: Record<string, MockServer> = {};
const metadataOf: Record<string, ProviderMetadata> = {};
const specOf: Record<string, Json> = {};

beforeAll(async () => {
  await Promise.all(
    providers.map(async (p) => {
      mocks[p] = await startRepoMock(p);
      const generated = resolve(root, 'packages', p, 'src', 'generated');
      specOf[p] = JSON.parse(readFileSync(resolve(generated, 'openapi.json'), 'utf8'));
      metadataOf[p] = ((await import(resolve(generated, 'metadata.ts'))) as Json)
        .metadata as ProviderMetadata;
    }),
  );
});
afterAll(() => Promise.all(Object.values(mocks).map((m) => m.close())));

function headersOf(provider: string): Record<string, string> {
  const { auth } = metadataOf[provider]!;
  return {
    [auth.header]: `${auth.prefix}test-key`,
    'content-type': 'application/json',
    // The job ends at its first status read, whether it is polled or reports back by itself.
    'x-mediagen-mock': 'steps=0',
  };
}

/** Submits a body, then reads the job's status once: the job has ended by then (steps=0). */
async function finishedJob(provider: string, submitId: string, path: string, body: unknown) {
  const mock = mocks[provider]!;
  const metadata = metadataOf[provider]!;
  const op = metadata.operations[submitId]!;
  const headers = headersOf(provider);
  const submitted = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  expect(submitted.status, await submitted.clone().text()).toBeLessThan(300);
  const link = op.status!;
  const [param, source] = Object.entries(link.parameters)[0]!;
  const id = String(
    [readFirst(await submitted.json(), (source as { pointer: string }).pointer)].flat()[0],
  );
  const target = metadata.operations[link.operationId]!;
  const statusPath =
    target.parameters?.[param] === 'path'
      ? target.path.replace(`{${param}}`, encodeURIComponent(id))
      : `${target.path}?${new URLSearchParams({ [param]: id })}`;
  const res = await fetch(`${mock.url}${statusPath}`, { headers });
  expect(res.status).toBe(200);
  const status = await res.json();
  const urls = target.job!.outputs.flatMap((p) => readPointer(status, p)).map(String);
  return { id, status, urls };
}

/** The kind of file some bytes are, by their magic numbers. */
function sniff(bytes: Buffer): string {
  if (bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))) return 'image/png';
  if (bytes.toString('latin1', 4, 8) === 'ftyp') return 'video/mp4';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WAVE')
    return 'audio/wav';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'audio/mpeg';
  return 'text';
}

async function download(url: string) {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, type: res.headers.get('content-type') ?? '' };
}

describe.each(providers)('%s: every documented submit ends on real loopback files', (provider) => {
  it('serves each output URL of a finished job as a valid file of its declared type', async () => {
    const submits = documentedSubmits(specOf[provider]!, metadataOf[provider]!);
    expect(submits.length).toBeGreaterThan(0);
    let served = 0;
    for (const submit of submits) {
      const { id, urls } = await finishedJob(provider, submit.id, submit.path, submit.body);
      for (const [n, url] of urls.entries()) {
        const origin = mocks[provider]!.origin;
        expect(url).toMatch(
          new RegExp(`^${origin}/__mediagen/outputs/${encodeURIComponent(id)}/${n}\\.[a-z0-9]+$`),
        );
        const { res, bytes, type } = await download(url);
        expect(res.status, url).toBe(200);
        expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
        expect(bytes.length).toBeGreaterThan(0);
        const media = type.split(';')[0]!;
        expect(media.startsWith('text/') ? 'text' : media, `${submit.id} ${url}`).toBe(
          sniff(bytes),
        );
        // The same job's file is the same bytes on every read.
        expect((await download(url)).bytes.equals(bytes)).toBe(true);
        served++;
      }
    }
    expect(served).toBeGreaterThan(0);
  });
});

describe('the kind of each output fits the job', () => {
  it('Vydra: a Grok text-to-image job serves a PNG, a video job an MP4', async () => {
    const image = await finishedJob('vydra', 'generateGrokImagine', '/models/grok-imagine', {
      model: 'text-to-image',
      prompt: 'A lighthouse at dusk',
    });
    expect(image.status.output.imageUrl).toMatch(/\/0\.png$/);
    expect((await download(image.status.output.imageUrl)).type).toBe('image/png');
    const video = await finishedJob('vydra', 'generateGrokImagine', '/models/grok-imagine', {
      model: 'text-to-video',
      prompt: 'A lighthouse at dusk',
    });
    expect(video.status.output.videoUrl).toMatch(/\/0\.mp4$/);
    expect((await download(video.status.output.videoUrl)).type).toBe('video/mp4');
  });

  it('Kubeez: a text-to-video job ends on a video, a dialogue job on audio, with media_type to match', async () => {
    const video = await finishedJob('kubeez', 'generateMedia', '/v1/generate/media', {
      model: 'veo3-1-fast',
      prompt: 'waves on a beach',
      generation_type: 'text-to-video',
    });
    expect(video.status.outputs).toEqual([
      { url: expect.stringMatching(/\/0\.mp4$/), media_type: 'video' },
    ]);
    const dialogue = await finishedJob('kubeez', 'generateDialogue', '/v1/generate/dialogue', {
      text: 'Hello there',
      voice: 'Rachel',
    });
    expect(dialogue.status.outputs[0].media_type).toBe('audio');
    expect(sniff((await download(dialogue.urls[0]!)).bytes)).toMatch(/^audio\//);
  });

  it("Kubeez: a video model of the spec's catalog ends on a video without a generation_type", async () => {
    const video = await finishedJob('kubeez', 'generateMedia', '/v1/generate/media', {
      model: 'seedance-2-fast',
      prompt: 'waves on a beach',
    });
    expect(video.status.outputs).toEqual([
      { url: expect.stringMatching(/\/0\.mp4$/), media_type: 'video' },
    ]);
  });

  it('Kubeez: a separation declared as MP3 serves audio/mpeg', async () => {
    const stems = await finishedJob('kubeez', 'generateSeparation', '/v1/generate/separation', {
      media_url: 'https://example.com/song.mp3',
    });
    expect(stems.urls).toHaveLength(2);
    for (const url of stems.urls) {
      const { type, bytes } = await download(url);
      expect(type).toBe('audio/mpeg');
      expect(sniff(bytes)).toBe('audio/mpeg');
    }
  });
});

describe('lists and callbacks name the same files as the status read', () => {
  it('Horacle: a listed finished generation carries its loopback output', async () => {
    const submit = documentedSubmits(specOf.horacle!, metadataOf.horacle!).find(
      (s) => metadataOf.horacle!.operations[s.id]!.status?.operationId === 'getGeneration',
    )!;
    const { id, urls } = await finishedJob('horacle', submit.id, submit.path, submit.body);
    const res = await fetch(`${mocks.horacle!.url}/generations`, { headers: headersOf('horacle') });
    const list = await res.json();
    const list_ = metadataOf.horacle!.operations.listGenerations!.jobList!;
    const item = (readFirst(list, list_.items) as Json[]).find(
      (i) => readFirst(i, list_.id) === id,
    );
    expect(list_.outputs.flatMap((p) => readPointer(item, p))).toEqual(urls);
  });

  it('Killa Tamata: the completion callback names files the mock serves', async () => {
    let delivered: (body: Json) => void = () => {};
    const received = new Promise<Json>((ok) => {
      delivered = ok;
    });
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        delivered(JSON.parse(Buffer.concat(chunks).toString()));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const submit = documentedSubmits(specOf.killatamata!, metadataOf.killatamata!).find(
        (s) => s.id === 'submitMediaJob',
      )!;
      const mock = mocks.killatamata!;
      const res = await fetch(`${mock.url}${submit.path}`, {
        method: 'POST',
        headers: headersOf('killatamata'),
        body: JSON.stringify({
          ...submit.body,
          completionCallbackUrl: `http://127.0.0.1:${port}/done`,
        }),
      });
      expect(res.status).toBeLessThan(300);
      await res.body?.cancel();
      // The job ends at once (steps=0) and its callback follows; the test's timeout bounds the wait.
      const payload = await received;
      const push = metadataOf.killatamata!.pushes!.mediaJobTerminal!;
      const urls = push.outputs.flatMap((p) => readPointer(payload, p)).map(String);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.startsWith(`${mock.origin}/__mediagen/outputs/`)).toBe(true);
        const { res: file, bytes, type } = await download(url);
        expect(file.status).toBe(200);
        expect(type.split(';')[0]).toBe(sniff(bytes));
      }
    } finally {
      receiver.closeAllConnections();
      await new Promise((ok) => receiver.close(ok));
    }
  });
});

describe('a submit answer that already reports the finished job', () => {
  it('names files the mock serves, as the status read does', async () => {
    const reader = {
      state: '/status',
      states: { running: ['pending'], succeeded: ['completed'], failed: [], cancelled: [] },
      outputs: ['/audioUrl'],
    };
    const example = (value: unknown) => ({
      '200': {
        description: 'ok',
        content: { 'application/json': { examples: { done: { value } } } },
      },
    });
    const done = { jobId: 'job_1', status: 'completed', audioUrl: 'https://cdn.example.com/a.mp3' };
    const spec = {
      openapi: '3.1.0',
      info: { title: 'speak', version: '1' },
      paths: {
        '/speak': {
          post: {
            operationId: 'speak',
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: example(done),
          },
        },
        '/jobs/{id}': {
          get: {
            operationId: 'getJob',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: example(done),
          },
        },
      },
    };
    const metadata = {
      id: 'speak',
      name: 'Speak',
      apiKeyEnv: 'SPEAK_API_KEY',
      baseUrl: 'https://speak.example.com',
      auth: { header: 'Authorization', prefix: 'Bearer ' },
      retry: { maxRetries: 0, statuses: [], baseDelayMs: 1, maxDelayMs: 1, noWorkStatuses: [] },
      errors: {},
      operations: {
        speak: {
          method: 'post',
          path: '/speak',
          auth: false,
          paid: true,
          status: {
            operationId: 'getJob',
            parameters: { id: { from: 'response.body', pointer: '/jobId' } },
          },
          submitJob: reader,
        },
        getJob: {
          method: 'get',
          path: '/jobs/{id}',
          auth: false,
          parameters: { id: 'path' },
          job: { ...reader, schedule: { initialDelayMs: 0, intervalMs: 1, timeoutMs: 1000 } },
        },
      },
    } satisfies ProviderMetadata;
    const { startMock } = await import('@mediagen/mock');
    const mock = await startMock({ spec, metadata });
    try {
      const res = await fetch(`${mock.url}/speak`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hello' }),
      });
      const answer = await res.json();
      expect(answer.audioUrl).toBe(`${mock.origin}/__mediagen/outputs/${answer.jobId}/0.mp3`);
      const file = await download(answer.audioUrl);
      expect([file.type, sniff(file.bytes)]).toEqual(['audio/mpeg', 'audio/mpeg']);
      const status = await fetch(`${mock.url}/jobs/${answer.jobId}`);
      expect((await status.json()).audioUrl).toBe(answer.audioUrl);
    } finally {
      await mock.close();
    }
  });
});

describe('the output route', () => {
  it('answers HEAD with the length and no body, and one byte range with 206', async () => {
    const { urls } = await finishedJob('happyhorse', 'createTask', '/api/generate', {
      model: 'happyhorse-1.0/video',
      prompt: 'Mountains at sunrise',
    });
    const url = urls[0]!;
    const whole = await download(url);
    expect(whole.type).toBe('video/mp4');
    expect(whole.res.headers.get('access-control-allow-origin')).toBe('*');
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(whole.bytes.length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const part = await fetch(url, { headers: { range: 'bytes=4-11' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 4-11/${whole.bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('ftypisom');
  });

  it('is a 404 for a job, an index or an extension the mock never served', async () => {
    const { id, urls } = await finishedJob('happyhorse', 'createTask', '/api/generate', {
      model: 'happyhorse-1.0/video',
      prompt: 'Mountains at sunrise',
    });
    const origin = mocks.happyhorse!.origin;
    for (const path of [
      `/__mediagen/outputs/${id}/0.png`,
      `/__mediagen/outputs/${id}/9.mp4`,
      '/__mediagen/outputs/n9not-a-job/0.mp4',
      '/__mediagen/outputs/',
      `/__mediagen/outputs/${id}/0.mp4/extra`,
    ]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(404);
      await res.body?.cancel();
    }
    expect(urls[0]).toBe(`${origin}/__mediagen/outputs/${id}/0.mp4`);
  });

  it("keeps the documented URLs with outputs: 'placeholder'", async () => {
    const mock = await startRepoMock('happyhorse', { outputs: 'placeholder' });
    try {
      const headers = headersOf('happyhorse');
      const submitted = await fetch(`${mock.url}/api/generate`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'happyhorse-1.0/video', prompt: 'Mountains at sunrise' }),
      });
      const { data } = await submitted.json();
      const status = await fetch(`${mock.url}/api/status?task_id=${data.task_id}`, { headers });
      const body = await status.json();
      expect(body.data.response.resultUrls[0]).toBe('https://cdn.example.com/videos/abc123.mp4');
    } finally {
      await mock.close();
    }
  });
});
