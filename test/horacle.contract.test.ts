import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHoracleClient, metadata, type WebhookDelivery, webhookUrl } from '@mediagen/horacle';
import type { MockServer } from '@mediagen/mock';
import {
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  InvalidResponseError,
  JobFailedError,
  RateLimitError,
  ServerError,
  toNodeListener,
  ValidationError,
} from '@mediagen/runtime';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { fastSchedule, type SentRequest, scenarioFetch } from './helpers/scenario-fetch.ts';
import { spinUntil } from './helpers/spin-until.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const baseUrl = inject('mocks').horacle!;
const apiKey = 'hk_live_test_0123456789';
// biome-ignore lint/suspicious/noExplicitAny: the bundled spec is read as plain JSON.
const spec: any = JSON.parse(
  readFileSync(new URL('../packages/horacle/src/generated/openapi.json', import.meta.url), 'utf8'),
);

const gptImage2 = {
  model: 'gpt-image-2',
  prompt: 'Editorial portrait, soft window light, 35mm film grain',
  aspect_ratio: '1:1',
  reference_images: ['https://example.com/ref.jpg'],
};
const kling26 = {
  model: 'kling-2.6',
  prompt: 'Subtle camera push-in, product slowly rotating',
  image_url: 'https://example.com/product.jpg',
  duration: 5,
  aspect_ratio: '9:16',
};
const refs = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/ref-${i}.jpg`);

/** `mock` is an @mediagen/mock scenario for every job the client submits, such as `outcome=failed`. */
function client(script?: Record<string, string[]>, mock?: string) {
  const scenario = scenarioFetch(script, { baseUrl });
  const headers: Record<string, string> = mock ? { 'x-mediagen-mock': mock } : {};
  return { scenario, hc: createHoracleClient({ apiKey, baseUrl, fetch: scenario.fetch, headers }) };
}

// The mock walks a job one step per status read, or by time with `step-ms`: list reads alone need time.
const byTime = 'step-ms=20';

const requests = (sent: SentRequest[]) => sent.map((r) => `${r.method} ${r.path}`);

/** Straight at the mock, with no mediagen client in between. */
function rawPost(path: string, body: unknown) {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

interface SpecOperation {
  operationId: string;
  requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> };
}

// biome-ignore lint/suspicious/noExplicitAny: one loop calls every operation by id.
type AnyCall = (operationId: string, init: any) => Promise<any>;

afterEach(() => {
  vi.useRealTimers();
});

describe('Horacle against its mock: every operation with its example', () => {
  it('declares the 50 documented operations, none invented', () => {
    const ids = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap(
      (item) => Object.values(item).map((op) => op.operationId),
    );
    expect(ids).toHaveLength(50);
    expect(Object.keys(metadata.operations).sort()).toEqual([...ids].sort());
  });

  it('calls each operation with its documented or illustrative example', async () => {
    // On a mock of its own: the example registers a webhook, which would change every later job.
    const mock = await startRepoMock('horacle');
    try {
      await callEveryOperation(mock.url);
    } finally {
      await mock.close();
    }
  });

  async function callEveryOperation(url: string) {
    const scenario = scenarioFetch({}, { baseUrl: url });
    const hc = createHoracleClient({ apiKey, baseUrl: url, fetch: scenario.fetch });
    const call = hc.call as unknown as AnyCall;
    const { handle } = await hc.submit('generateImage', { body: gptImage2 });
    const heygen = await hc.submit('generateHeygenVideo', {
      body: { avatar_id: 'av_anna', voice_id: 'hv_en_f1', script: 'Welcome to Horacle.' },
    });
    const params: Record<string, unknown> = {
      getGeneration: { path: { generation_id: handle.id } },
      getHeygenStatus: { query: { task_id: heygen.handle.id } },
      searchCharacters: { query: { q: 'nova' } },
    };
    const multipart: Record<string, () => FormData> = {
      uploadImage: () =>
        form('file', new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' })),
      cloneVoice: () =>
        form('file', new Blob([new Uint8Array([0x49, 0x44, 0x33])], { type: 'audio/mpeg' })),
    };
    const answered: string[] = [];
    for (const item of Object.values<Record<string, SpecOperation>>(spec.paths)) {
      for (const op of Object.values(item)) {
        const example = Object.values<{ value: unknown }>(
          op.requestBody?.content?.['application/json']?.examples ?? {},
        )[0]?.value;
        const body = multipart[op.operationId]?.() ?? example;
        const init = {
          ...(body !== undefined ? { body } : {}),
          ...(params[op.operationId] ? { params: params[op.operationId] } : {}),
        };
        const result = await call(op.operationId, init);
        expect(result, op.operationId).toBeTypeOf('object');
        answered.push(op.operationId);
      }
    }
    expect(answered).toHaveLength(50);
    // Every request went out once: nothing was retried, nothing refused.
    expect(scenario.sent).toHaveLength(52);
  }

  it('answers each submit with a job id in the documented shape', async () => {
    const { hc } = client();
    const image = await hc.submit('generateImage', { body: gptImage2 });
    expect(image.body).toMatchObject({ status: 'processing' });
    expect(image.handle).toMatchObject({
      provider: 'horacle',
      statusOperationId: 'getGeneration',
      params: { generation_id: image.body.generationId },
    });
    const tts = await hc.submit('textToSpeech', {
      body: {
        text: 'Welcome to Horacle.',
        voice_id: 'EXAVITQu4vr4xnSDxMaL',
        model: 'eleven_multilingual_v2',
      },
    });
    expect(tts.handle.statusOperationId).toBe('getGeneration');
  });
});

const OPERATION_OF: Record<string, string> = {
  '/images/generate': 'generateImage',
  '/videos/generate': 'generateVideo',
  '/campaigns/video': 'createVideoCampaign',
  '/batch/generate': 'batchGenerate',
  '/videos/lipsync': 'lipsyncVideo',
  '/videos/merge': 'mergeVideos',
};

describe('Horacle: documented-invalid input is refused by the client and by the mock', () => {
  it.each([
    [
      'nano-banana with 5 references',
      '/images/generate',
      { model: 'nano-banana', prompt: 'p', reference_images: refs(5) },
      '/reference_images',
    ],
    [
      'gpt-image-2 with 17 references',
      '/images/generate',
      { ...gptImage2, reference_images: refs(17) },
      '/reference_images',
    ],
    ['kling-2.6 at 15 s', '/videos/generate', { ...kling26, duration: 15 }, '/duration'],
    ['kling-2.6 at 4 s', '/videos/generate', { ...kling26, duration: 4 }, '/duration'],
    [
      'veo-3.1-fast at 5 s',
      '/videos/generate',
      { model: 'veo-3.1-fast', prompt: 'p', duration: 5 },
      '/duration',
    ],
    [
      'a kling-2.6 campaign at 15 s',
      '/campaigns/video',
      { prompt: 'p', count: 3, model: 'kling-2.6', duration: 15 },
      '/duration',
    ],
    [
      'a veo-3.1-quality campaign at 5 s',
      '/campaigns/video',
      { prompt: 'p', model: 'veo-3.1-quality', duration: 5 },
      '/duration',
    ],
    [
      'a nano-banana batch with 5 references',
      '/batch/generate',
      { model: 'nano-banana', prompt: 'p', count: 4, reference_images: refs(5) },
      '/reference_images',
    ],
    ['a lipsync without its portrait and audio', '/videos/lipsync', {}, '(body)'],
    [
      'a lipsync with only a portrait',
      '/videos/lipsync',
      { image_url: 'https://example.com/face.jpg' },
      '(body)',
    ],
    [
      'a merge of one clip',
      '/videos/merge',
      { video_urls: ['https://example.com/a.mp4'] },
      '/video_urls',
    ],
  ])('%s', async (_name, path, body, where) => {
    const { hc, scenario } = client();
    const operationId = OPERATION_OF[path]!;
    const sent = (hc.call as unknown as AnyCall)(operationId, { body });
    await expect(sent).rejects.toBeInstanceOf(ValidationError);
    await expect(sent).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: where })],
    });
    expect(scenario.sent).toHaveLength(0);

    const mock = await rawPost(path, body);
    expect(mock.status).toBe(422);
    expect(await mock.json()).toMatchObject({ error: 'invalid_request' });
  });

  it.each([
    [
      'nano-banana with 4 references',
      'generateImage',
      { model: 'nano-banana', prompt: 'p', reference_images: refs(4) },
    ],
    [
      'gpt-image-2 with 16 references',
      'generateImage',
      { ...gptImage2, reference_images: refs(16) },
    ],
    [
      'a model the catalog added later, with 20 references',
      'generateImage',
      { model: 'flux-3', prompt: 'p', reference_images: refs(20) },
    ],
    ['kling-2.6 at 10 s', 'generateVideo', { ...kling26, duration: 10 }],
    [
      'veo-3.1-quality at 8 s',
      'generateVideo',
      { model: 'veo-3.1-quality', prompt: 'p', duration: 8 },
    ],
    ['an undocumented field, passed through', 'generateVideo', { ...kling26, seed: 7 }],
  ])('accepts %s', async (_name, operationId, body) => {
    const { hc, scenario } = client();
    const { handle } = await (hc.submit as unknown as AnyCall)(operationId, { body });
    expect(handle.id).toBeTypeOf('string');
    expect(scenario.sent).toHaveLength(1);
  });

  it('the mock refuses a non-audio voice clone the client check did not stop, with the 422', async () => {
    const { hc, scenario } = client();
    const text = new Blob(['not a recording'], { type: 'text/plain' });
    const unchecked = hc.cloneVoice(text, { filename: 'notes.txt', validate: false });
    await expect(unchecked).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('part file must be audio/*, not text/plain'),
    });
    expect(scenario.sent).toHaveLength(1);

    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'notes.pdf');
    const raw = await fetch(`${baseUrl}/audio/voice-clone`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: form,
    });
    expect(raw.status).toBe(422);
    expect(await raw.json()).toEqual({
      error: 'invalid_request',
      message:
        'The body breaks a documented limit. (part file must be audio/*, not application/pdf)',
    });
    // Without a key the request as a whole is refused first, as every other call is.
    const keyless = await fetch(`${baseUrl}/audio/voice-clone`, { method: 'POST', body: form });
    expect(keyless.status).toBe(401);
    expect(await keyless.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('cloneVoice refuses a non-audio file before sending, and sends audio as multipart', async () => {
    const { hc, scenario } = client();
    const text = new Blob(['not a recording'], { type: 'text/plain' });
    await expect(hc.cloneVoice(text)).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [{ path: '/file', message: 'must be audio/* (got text/plain)' }],
    });
    await expect(
      hc.cloneVoice(new Uint8Array([1, 2, 3]), { filename: 'notes.pdf' }),
    ).rejects.toThrow(/not audio\/\*, so it was not sent/);
    expect(scenario.sent).toHaveLength(0);

    const voice = await hc.cloneVoice(new Uint8Array([0x49, 0x44, 0x33]), {
      filename: 'narrator.mp3',
      name: 'My narrator',
    });
    expect(voice.voice_id).toBeTypeOf('string');
    expect(scenario.sent).toHaveLength(1);
    expect(scenario.sent[0]!.headers.get('content-type')).toMatch(
      /^multipart\/form-data; boundary=/,
    );
    expect(scenario.sent[0]!.body).toContain('Content-Type: audio/mpeg');
    expect(scenario.sent[0]!.body).toContain('name="name"');
  });
});

describe('Horacle: waiting for jobs', () => {
  it('each submit declares its own first delay and timeout; the status route the 5-10 s cadence', () => {
    const own = (id: keyof typeof metadata.operations) =>
      (metadata.operations[id] as { schedule?: unknown }).schedule;
    expect(own('generateImage')).toEqual({ initialDelayMs: 15_000, timeoutMs: 300_000 });
    expect(own('generateVideo')).toEqual({ initialDelayMs: 60_000, timeoutMs: 900_000 });
    expect(own('textToSpeech')).toEqual({ initialDelayMs: 5_000, timeoutMs: 120_000 });
    expect(own('lipsyncVideo')).toEqual({ initialDelayMs: 60_000, timeoutMs: 450_000 });
    expect(metadata.operations.getGeneration.job.schedule).toEqual({
      initialDelayMs: 5_000,
      intervalMs: 5_000,
      incrementMs: 1_000,
      maxIntervalMs: 10_000,
      timeoutMs: 900_000,
    });
  });

  it('generateImage waits its own 15 s before the first poll', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { hc, scenario } = client();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const stop = new AbortController();
    const done = hc.generateImage(gptImage2, { signal: stop.signal }).catch((e: unknown) => e);
    const firstPoll = () =>
      timers.mock.calls.map(([, ms]) => ms ?? 0).find((ms) => ms > 14_000 && ms <= 15_000);
    // By wall-clock (Date is not faked), so a slow loopback answer cannot outrun a spin count.
    await spinUntil(() => firstPoll() !== undefined);
    // 15 s from the submit, less the few milliseconds the submit itself took.
    expect(firstPoll()).toBeGreaterThan(14_900);
    timers.mockRestore();
    expect(requests(scenario.sent)).toEqual(['POST /images/generate']);
    vi.advanceTimersByTime(14_800);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(scenario.sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    await vi.waitFor(() => expect(scenario.sent).toHaveLength(2), { interval: 1 });
    expect(requests(scenario.sent)[1]).toMatch(/^GET \/generations\/\w+/);
    stop.abort();
    expect(await done).toMatchObject({ name: 'AbortError' });
  });

  it('generateVideo, textToSpeech and generateMusic walk processing → completed', async () => {
    const { hc } = client({}, byTime);
    const video = await hc.generateVideo(kling26, { schedule: fastSchedule });
    // The mock serves each output as a real file of the job's kind on its own origin.
    expect(video).toMatchObject({
      status: 'succeeded',
      state: 'completed',
      url: expect.stringMatching(/\/__mediagen\/outputs\/[^/]+\/0\.mp4$/),
    });
    const speech = await hc.textToSpeech(
      {
        text: 'Welcome to Horacle.',
        voice_id: 'EXAVITQu4vr4xnSDxMaL',
        model: 'eleven_multilingual_v2',
      },
      { schedule: fastSchedule },
    );
    expect(speech.url).toMatch(/\/__mediagen\/outputs\/[^/]+\/0\.(wav|mp3)$/);
    const music = await hc.generateMusic(
      { prompt: 'Upbeat synthwave' },
      { schedule: fastSchedule },
    );
    expect(music.body.status).toBe('completed');
  });

  it('a failed generation says it was refunded', async () => {
    const { hc } = client({}, 'outcome=failed');
    const failed = hc.generateImage(gptImage2, { schedule: fastSchedule });
    await expect(failed).rejects.toBeInstanceOf(JobFailedError);
    await expect(failed).rejects.toMatchObject({
      creditsRefunded: 60,
      providerMessage: 'Generation failed upstream.',
      message: expect.stringContaining('60 credits refunded'),
    });
  });

  it('heygen.generate waits on its own status route, GET /heygen/status', async () => {
    const { hc, scenario } = client({}, byTime);
    const video = await hc.heygen.generate(
      { avatar_id: 'av_anna', voice_id: 'hv_en_f1', script: 'Welcome to Horacle.' },
      { schedule: fastSchedule },
    );
    expect(video.state).toBe('completed');
    expect(video.url).toMatch(/\/__mediagen\/outputs\/[^/]+\/0\.mp4$/);
    const sent = requests(scenario.sent);
    expect(sent[0]).toBe('POST /heygen/generate');
    expect(sent.slice(1).every((r) => r === 'GET /heygen/status')).toBe(true);
    expect(new URL(`http://x${scenario.sent[1]!.path}`).pathname).toBe('/heygen/status');
  });

  it('waitAll polls a batch through GET /generations, one list request per round', async () => {
    const { hc, scenario } = client({}, byTime);
    const results = await hc.batchGenerate(
      { model: 'nano-banana', prompt: 'Matte-black headphones on marble', count: 4 },
      { schedule: fastSchedule },
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const polls = requests(scenario.sent.slice(1));
    expect(polls[0]).toBe('GET /generations');
    // Four jobs, yet far fewer requests than four status polls per round.
    const lists = polls.filter((p) => p === 'GET /generations').length;
    expect(polls.length - lists).toBeLessThan(4 * lists);
  });

  it('waitAll over independent submits polls them together through the list', async () => {
    const { hc, scenario } = client({}, byTime);
    const a = await hc.submit('generateImage', { body: gptImage2 });
    const b = await hc.submit('generateVideo', { body: kling26 });
    const settled = await hc.waitAll([a.handle, b.handle], { schedule: fastSchedule });
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    // Each round starts with one list request for both jobs (a job it does not show yet is asked about directly).
    expect(requests(scenario.sent.slice(2))[0]).toBe('GET /generations');
  });
});

describe('Horacle: waitEach yields each job as it settles, over GET /generations', () => {
  it('settles an image before a slower video, from list rounds', async () => {
    const { hc, scenario } = client({}, byTime);
    const image = await hc.submit('generateImage', { body: gptImage2 });
    const video = await hc.submit('generateVideo', { body: kling26 });
    const order: string[] = [];
    for await (const settled of hc.waitEach([video.handle, image.handle], {
      schedule: fastSchedule,
    })) {
      expect(settled.status).toBe('fulfilled');
      order.push(settled.handle.operationId);
    }
    expect(order.sort()).toEqual(['generateImage', 'generateVideo']);
    expect(requests(scenario.sent.slice(2))[0]).toBe('GET /generations');
  });
});

describe('Horacle: errors and retries', () => {
  it('honours the documented 30 s back-off on 429, then re-sends the paid submit once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { hc, scenario } = client({
      'POST /images/generate': ['code=429', 'code=200, example=processing'],
    });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const delays = () => timers.mock.calls.map(([, ms]) => ms);
    const submitted = hc.submit('generateImage', { body: gptImage2 }).then(
      ({ handle }) => ({ handle }),
      (error: unknown) => ({ error }),
    );
    await vi.waitFor(() => expect(scenario.sent).toHaveLength(1), { interval: 1 });
    await spinUntil(() => delays().includes(30_000));
    expect(delays()).toContain(30_000);
    timers.mockRestore();
    vi.advanceTimersByTime(29_900);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(scenario.sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    await vi.waitFor(() => expect(scenario.sent).toHaveLength(2));
    expect(await submitted).toMatchObject({ handle: { provider: 'horacle' } });
    expect(scenario.sent[1]!.body).toBe(scenario.sent[0]!.body);
  });

  it('never re-sends a paid submit after a 5xx, and says the job may exist', async () => {
    const { hc, scenario } = client({ 'POST /videos/generate': ['code=500'] });
    const sent = hc.submit('generateVideo', { body: kling26 });
    await expect(sent).rejects.toBeInstanceOf(ServerError);
    await expect(sent).rejects.toMatchObject({ jobMayExist: true });
    expect(scenario.sent).toHaveLength(1);
  });

  it('maps the documented error codes to typed errors', async () => {
    const cases = [
      ['code=401', AuthenticationError, 'unauthorized'],
      ['code=402', InsufficientCreditsError, 'insufficient_credits'],
      ['code=422, example=contentPolicy', ValidationError, 'content_policy'],
    ] as const;
    for (const [prefer, type, code] of cases) {
      const { hc } = client({ 'POST /images/generate': [prefer] });
      const sent = hc.submit('generateImage', { body: gptImage2 });
      await expect(sent).rejects.toBeInstanceOf(type);
      await expect(sent).rejects.toMatchObject({ code });
    }
    const { hc } = client({ '/credits/balance': ['code=429'] });
    await expect(
      hc.call('getCreditBalance', {}, { retry: { maxRetries: 0 } }),
    ).rejects.toBeInstanceOf(RateLimitError);
  });

  it('sends the key as a Bearer token to the mock origin only', async () => {
    const { hc, scenario } = client();
    await hc.call('getCreditBalance', {});
    expect(scenario.sent[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });
});

describe('Horacle: uploads through the signed-link flow', () => {
  it('creates a link for the file kind and PUTs the bytes there without the API key', async () => {
    const storage = await startServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ method: req.method, headers: req.headers, bytes: Buffer.concat(chunks) });
        res.writeHead(200).end();
      });
    });
    const received: { method?: string; headers: Record<string, unknown>; bytes: Buffer }[] = [];
    const scenario = scenarioFetch({}, { baseUrl });
    // The mock's link points at storage.horacle.ai; route it to a loopback stand-in.
    const hc = createHoracleClient({
      apiKey,
      baseUrl,
      fetch: async (input: Request) => {
        if (!input.url.startsWith(baseUrl)) return fetch(input);
        const response = await scenario.fetch(input);
        if (!new URL(input.url).pathname.includes('/uploads/')) return response;
        const link = (await response.json()) as Record<string, string>;
        const upload_url = `${storage.url}/upload?token=abc`;
        return Response.json({ ...link, upload_url });
      },
    });
    try {
      const uploaded = await hc.upload(new Uint8Array([0x49, 0x44, 0x33, 4]), {
        filename: 'voice.mp3',
      });
      expect(uploaded).toEqual({
        url: 'https://storage.horacle.ai/public/ref.jpg',
        kind: 'audio',
        type: 'audio/mpeg',
      });
      expect(requests(scenario.sent)).toEqual(['POST /uploads/create-audio-link']);
      expect(JSON.parse(scenario.sent[0]!.body)).toEqual({
        filename: 'voice.mp3',
        content_type: 'audio/mpeg',
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        method: 'PUT',
        headers: { 'content-type': 'audio/mpeg' },
      });
      expect(received[0]!.headers.authorization).toBeUndefined();
      expect([...received[0]!.bytes]).toEqual([0x49, 0x44, 0x33, 4]);

      await expect(hc.upload(new Uint8Array([1]), { filename: 'data.bin' })).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(scenario.sent).toHaveLength(1);
    } finally {
      await storage.close();
    }
  });
});

describe('Horacle: a signed link that misbehaves', () => {
  it.each([
    ['a redirect is refused, not followed', 302, 'ConnectionError'],
    ['a refusal is a typed error', 403, 'ApiError'],
  ])('%s', async (_why, status, name) => {
    let followed = false;
    const storage = await startServer((req, res) => {
      if (req.url === '/elsewhere') followed = true;
      req.resume();
      req.on('end', () => res.writeHead(status, { location: '/elsewhere' }).end());
    });
    const hc = createHoracleClient({
      apiKey,
      baseUrl,
      fetch: async (input: Request) => {
        if (!input.url.startsWith(baseUrl)) return fetch(input);
        const link = (await (await fetch(input)).json()) as Record<string, string>;
        return Response.json({ ...link, upload_url: `${storage.url}/upload?token=abc` });
      },
    });
    try {
      const failed = hc.upload(new Blob([new Uint8Array([1])], { type: 'image/png' }));
      await expect(failed).rejects.toMatchObject({ name });
      await expect(failed).rejects.not.toThrow(/token=abc/);
      expect(followed).toBe(false);
    } finally {
      await storage.close();
    }
  });
});

// Registered webhooks change how the mock runs every later job (each one ends by time and is pushed),
// so these tests register theirs on a mock of their own, never the shared one.
describe('Horacle: webhooks, delivered by the mock', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startRepoMock('horacle');
  });
  afterAll(() => mock.close());
  const privateClient = (extra: Record<string, string> = {}) =>
    createHoracleClient({ apiKey, baseUrl: mock.url, headers: extra });

  it('refuses a handler without a long enough secret token', () => {
    const hc = privateClient();
    expect(() => hc.createWebhookHandler({ token: 'short' })).toThrow(ConfigurationError);
    expect(() => webhookUrl('https://example.com/hook', '')).toThrow(/at least 16/);
  });

  it('registers a webhook, lists it, and the mock delivers a job to it, handled once', async () => {
    const hc = privateClient({ 'x-mediagen-mock': 'step-ms=20' });
    const token = crypto.randomUUID();
    const seen: WebhookDelivery[] = [];
    const handler = hc.createWebhookHandler({ token, onJob: (d) => void seen.push(d) });
    const receiver = await startServer(toNodeListener(handler));
    try {
      const url = webhookUrl(`${receiver.url}/hooks/horacle`, token);
      expect(url).toBe(`${receiver.url}/hooks/horacle?token=${token}`);
      const registered = await hc.registerWebhook({ url, events: ['generation.completed'] });
      expect(registered.id).toBeTypeOf('string');
      const { webhooks } = await hc.listWebhooks();
      expect(webhooks?.length).toBeGreaterThan(0);

      const { handle } = await hc.submit('generateImage', { body: gptImage2 });
      // Settled by the push, not by polling: the safety-net schedule is far slower than 20 ms steps.
      const result = await hc.wait(handle, { callback: true });
      expect(result.state).toBe('completed');
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      expect(seen[0]!.job).toMatchObject({ id: handle.id, status: 'succeeded' });
      await vi.waitFor(() =>
        expect(mock.deliveries).toEqual([
          expect.objectContaining({ jobId: handle.id, push: 'generationStatus', url, status: 200 }),
        ]),
      );

      // Horacle may deliver the same event again: it is answered, and not handled twice.
      const again = (to: string) =>
        fetch(to, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(seen[0]!.body),
        });
      expect((await again(url)).status).toBe(200);
      expect(seen).toHaveLength(1);
      expect((await again(`${receiver.url}/hooks/horacle?token=wrong`)).status).toBe(401);
      expect((await again(`${receiver.url}/hooks/horacle`)).status).toBe(401);
      expect(seen).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});

describe('Horacle: voice design and cost preview', () => {
  it('designVoice → preview → saveVoice', async () => {
    const { hc, scenario } = client();
    const previews = await hc.designVoice({ voice_description: 'A warm, calm narrator' });
    expect(previews.length).toBeGreaterThan(0);
    const saved = await hc.saveVoice(previews[0]!, { voice_name: 'Warm narrator' });
    expect(saved.voice_id).toBeTypeOf('string');
    expect(JSON.parse(scenario.sent[1]!.body)).toEqual({
      voice_name: 'Warm narrator',
      generated_voice_id: previews[0]!.generated_voice_id,
    });
    await expect(hc.saveVoice({})).rejects.toBeInstanceOf(ValidationError);
  });

  it('previews flat prices, ranges and per-second rates, saying which it is', () => {
    const { hc } = client();
    expect(hc.previewCost('nano-banana')).toMatchObject({ billing: 'flat', credits: 15 });
    expect(hc.previewCost('kling-v3')).toMatchObject({ billing: 'range', min: 450, max: 2010 });
    expect(hc.previewCost('kling-v3').note).toMatch(/range/);
    expect(hc.previewCost('kling-motion-control', { durationS: 5 })).toMatchObject({
      billing: 'per-second',
      perSecond: 18,
      credits: 90,
    });
    expect(hc.previewCost('flux-3')).toMatchObject({ billing: 'unknown' });
  });
});

function form(name: string, blob: Blob): FormData {
  const data = new FormData();
  data.append(name, blob, 'upload');
  return data;
}

async function startServer(listener: Parameters<typeof createServer>[1]) {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Answers the doc allows but the mock does not give (issue #21): a loopback stub answers each
 * request from `routes` (method and path → status and body) and records what it was asked.
 */
async function stubHoracle(routes: Record<string, [number, unknown][]>) {
  const seen: string[] = [];
  const server = await startServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const key = `${req.method} ${url.pathname}`;
    seen.push(`${key}${url.search}`);
    const answers = routes[key] ?? [[404, { error: 'not_found' }]];
    const [status, body] = answers.length > 1 ? answers.shift()! : answers[0]!;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  const hc = createHoracleClient({ apiKey, baseUrl: server.url, retry: { baseDelayMs: 1 } });
  return { hc, seen, close: server.close };
}

describe('Horacle: answers the doc allows (issue #21)', () => {
  it.each(['error', 'refunded'])(
    'a generation answering status "%s" ends as failed, not polled to the timeout',
    async (state) => {
      const stub = await stubHoracle({
        'POST /images/generate': [[200, { generationId: 'gen-1', status: 'processing' }]],
        'GET /generations/gen-1': [
          [200, { status: state, error: 'Upstream failure', credits_refunded: 60 }],
        ],
      });
      try {
        const error = await stub.hc
          .generateImage(gptImage2, { schedule: fastSchedule })
          .catch((e) => e);
        expect(error).toBeInstanceOf(JobFailedError);
        expect(error).toMatchObject({ state, creditsRefunded: 60 });
        expect(stub.seen).toEqual(['POST /images/generate', 'GET /generations/gen-1']);
      } finally {
        await stub.close();
      }
    },
  );

  it('a HeyGen submit answering generationId is polled with it, not dropped after payment', async () => {
    const stub = await stubHoracle({
      'POST /heygen/generate': [[200, { generationId: 'hg-gen-1', status: 'processing' }]],
      'GET /heygen/status': [
        [
          200,
          { task_id: 'hg-gen-1', status: 'completed', result_url: 'https://cdn.horacle.ai/a.mp4' },
        ],
      ],
    });
    try {
      const video = await stub.hc.heygen.generate(
        { avatar_id: 'av_anna', voice_id: 'hv_en_f1', script: 'Hi.' },
        { schedule: fastSchedule },
      );
      expect(video.url).toBe('https://cdn.horacle.ai/a.mp4');
      expect(stub.seen).toEqual(['POST /heygen/generate', 'GET /heygen/status?task_id=hg-gen-1']);
    } finally {
      await stub.close();
    }
  });

  it('retries any 5xx on a read, as the doc says (max 3), not only 500/502/503/504', async () => {
    expect(metadata.retry.statuses).toEqual(expect.arrayContaining([500, 501, 507, 520, 599]));
    const stub = await stubHoracle({
      'GET /credits/balance': [
        [507, { error: 'insufficient_storage' }],
        [520, { error: 'unknown' }],
        [200, { credits: 1200 }],
      ],
    });
    try {
      expect(await stub.hc.call('getCreditBalance', {})).toEqual({ credits: 1200 });
      expect(stub.seen).toHaveLength(3);
    } finally {
      await stub.close();
    }
  });

  it.each([
    ['generationId', { generationId: 'gen-7' }],
    ['generation_id', { generation_id: 'gen-7' }],
    ['task_id', { task_id: 'gen-7' }],
    ['id', { id: 'gen-7' }],
  ])('a webhook delivery naming its job by %s is handled, not refused', async (_name, named) => {
    const hc = createHoracleClient({ apiKey, baseUrl });
    const token = crypto.randomUUID();
    const seen: WebhookDelivery[] = [];
    const handler = hc.createWebhookHandler({ token, onJob: (d) => void seen.push(d) });
    const response = await handler(
      new Request(webhookUrl('https://receiver.example/hooks/horacle', token), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...named,
          status: 'completed',
          result_url: 'https://cdn.horacle.ai/g.png',
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(seen.map((d) => d.job)).toEqual([
      expect.objectContaining({ id: 'gen-7', status: 'succeeded' }),
    ]);
  });
});

describe('Horacle: paid helpers never return empty (issue #21 item 1)', () => {
  const previews = [{ generated_voice_id: 'gv_1', audio_url: 'https://cdn.horacle.ai/p/gv_1.mp3' }];
  const wait = { schedule: fastSchedule };
  type Stub = Awaited<ReturnType<typeof stubHoracle>>;
  const cases: [string, string, object, (hc: Stub['hc']) => Promise<unknown>, unknown][] = [
    [
      'designVoice',
      'POST /audio/voice-design',
      { previews },
      (hc) => hc.designVoice({ voice_description: 'A warm narrator' }, { wait }),
      previews,
    ],
    [
      'saveVoice',
      'POST /audio/voice-design/save',
      { voice_id: 'dsn_1', name: 'Warm' },
      (hc) => hc.saveVoice('gv_1', { voice_name: 'Warm' }, { wait }),
      expect.objectContaining({ voice_id: 'dsn_1' }),
    ],
    [
      'cloneVoice',
      'POST /audio/voice-clone',
      { voice_id: 'cln_1' },
      (hc) =>
        hc.cloneVoice(new Blob(['RIFF'], { type: 'audio/wav' }), { filename: 'me.wav', wait }),
      expect.objectContaining({ voice_id: 'cln_1' }),
    ],
    [
      'analyzeImage',
      'POST /images/analyze',
      { description: 'Headphones on marble' },
      (hc) => hc.analyzeImage({ image_url: 'https://example.com/a.jpg' }, { wait }),
      expect.objectContaining({ description: 'Headphones on marble' }),
    ],
    [
      'imageToPrompt',
      'POST /images/to-prompt',
      { prompt: 'Product shot' },
      (hc) => hc.imageToPrompt({ image_url: 'https://example.com/a.jpg' }, { wait }),
      expect.objectContaining({ prompt: 'Product shot' }),
    ],
    [
      'probeVideo',
      'POST /videos/probe',
      { duration: 5, width: 1080, height: 1920 },
      (hc) => hc.probeVideo({ video_url: 'https://example.com/a.mp4' }, { wait }),
      expect.objectContaining({ duration: 5 }),
    ],
    [
      'generateWorkflow',
      'POST /workflows/generate',
      { workflow: { nodes: [] } },
      (hc) => hc.generateWorkflow({ prompt: 'image then video' }, { wait }),
      expect.objectContaining({ workflow: { nodes: [] } }),
    ],
    [
      'optimizePrompt',
      'POST /prompts/optimize',
      { optimized_prompt: 'Better' },
      (hc) => hc.optimizePrompt({ prompt: 'headphones' }, { wait }),
      expect.objectContaining({ optimized_prompt: 'Better' }),
    ],
  ];

  it.each(cases)(
    '%s answered with a job id waits for it and returns its result',
    async (_name, route, result, run, expected) => {
      const stub = await stubHoracle({
        [route]: [[200, { generationId: 'gen-9', status: 'processing' }]],
        'GET /generations/gen-9': [
          [200, { status: 'processing' }],
          [200, { status: 'completed', result }],
        ],
      });
      try {
        expect(await run(stub.hc)).toEqual(expected);
        expect(stub.seen).toEqual([route, 'GET /generations/gen-9', 'GET /generations/gen-9']);
      } finally {
        await stub.close();
      }
    },
  );

  it.each(cases)(
    '%s answered at once returns the answer, with no poll',
    async (_n, route, result, run, expected) => {
      const stub = await stubHoracle({ [route]: [[200, result]] });
      try {
        expect(await run(stub.hc)).toEqual(expected);
        expect(stub.seen).toEqual([route]);
      } finally {
        await stub.close();
      }
    },
  );

  it('a finished job without the result throws with its handle, never returns empty', async () => {
    const stub = await stubHoracle({
      'POST /audio/voice-design': [[200, { generationId: 'gen-8', status: 'processing' }]],
      'GET /generations/gen-8': [[200, { status: 'completed', result_url: 'https://x.example/a' }]],
    });
    try {
      const error = await stub.hc
        .designVoice({ voice_description: 'warm' }, { wait })
        .catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.handle).toMatchObject({ id: 'gen-8', statusOperationId: 'getGeneration' });
    } finally {
      await stub.close();
    }
  });

  it('an answer with neither the result nor a job id is an error, not an empty list', async () => {
    const stub = await stubHoracle({
      'POST /audio/voice-design': [[200, { status: 'processing' }]],
    });
    try {
      const error = await stub.hc.designVoice({ voice_description: 'warm' }).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.message).toMatch(/may still have started/);
    } finally {
      await stub.close();
    }
  });
});
