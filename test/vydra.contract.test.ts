import {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  InsufficientCreditsError,
  InvalidResponseError,
  JobCancelledError,
  JobFailedError,
  ValidationError,
} from '@mediagen/runtime';
import {
  createVydraClient,
  creditShortfall,
  DEFAULT_MODEL_CACHE_TTL_MS,
  metadata,
  modelRoutes,
  type NamedModel,
} from '@mediagen/vydra';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, expectTypeOf, inject, it, vi } from 'vitest';
import type { paths } from '../packages/vydra/src/generated/openapi.ts';
import { fastSchedule, fetchWithout, scenarioFetch } from './helpers/scenario-fetch.ts';

// The mock's URL, with the spec's `/api/v1` base path.
const baseUrl = inject('mocks').vydra!;
const apiKey = 'vy_test_key_0123456789';
const JOB = '/jobs/job_abc123';

const created = {
  jobId: 'job_abc123',
  status: 'pending',
  message: 'Job created. Poll /jobs/{jobId} for status.',
  creditsCharged: 350,
  externalJobId: 'ext_xyz789',
};

const documented = {
  veo3: { prompt: 'A serene lake at sunset', aspect_ratio: '9:16' },
  // The doc's Grok Imagine body, as written: text-to-image with a duration "for video models only".
  grokTextToImage: {
    prompt: 'Creative description',
    model: 'text-to-image',
    aspect_ratio: '16:9',
    duration: 10,
  },
  grokTextToVideo: {
    prompt: 'Creative description',
    model: 'text-to-video',
    aspect_ratio: '16:9',
    duration: 10,
  },
  grokImageToVideo: {
    prompt: 'Creative description',
    model: 'image-to-video',
    image_url: 'https://example.com/input.jpg',
    duration: 10,
  },
  kling: {
    image_url: 'https://example.com/character.png',
    video_url: 'https://example.com/dance.mp4',
    prompt: 'Optional description',
    keep_original_sound: true,
  },
  asmrTheme: { theme: 'kinetic_sand' },
  asmrCustomPrompt: {
    customPrompt: 'Slow close-up of hands slicing soap cubes, crisp cutting sounds',
  },
} as const;

const example = (name: string) => `code=200, example=${name}`;

function client(
  script?: Record<string, string[]>,
  options: Parameters<typeof createVydraClient>[0] = {},
) {
  const scenario = scenarioFetch(script, { baseUrl });
  // The mock has no rate limit; pacing is tested in the runtime, and here would only add seconds.
  const vydra = createVydraClient({
    apiKey,
    baseUrl,
    fetch: scenario.fetch,
    rateLimits: false,
    ...options,
  });
  const sent = () => scenario.sent.map((r) => `${r.method} ${r.path}`);
  return { scenario, vydra, sent };
}

const raw = () => createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Vydra against its Prism mock: every operation with its documented examples', () => {
  it('lists models with each documented filter, sent as query parameters with the key', async () => {
    for (const provider of ['kie-ai', 'xai', 'fal-ai', 'elevenlabs']) {
      const scenario = scenarioFetch({}, { baseUrl });
      const queries: string[] = [];
      const vydra = createVydraClient({
        apiKey,
        baseUrl,
        fetch: (input, init) => {
          queries.push(new URL(new Request(input, init).url).search);
          return scenario.fetch(input, init);
        },
      });
      const list = await vydra.call('listModels', {
        params: { query: { provider, isActive: true } },
      });
      expect(list.count).toBe(12);
      expect(list.data[0]).toMatchObject({
        slug: 'veo3',
        provider: 'kie-ai',
        creditsPerUnit: 175,
        pricingUnit: 'video',
        isActive: true,
      });
      expect(queries).toEqual([`?provider=${provider}&isActive=true`]);
      expect(scenario.sent[0]!.path).toBe('/models');
      expect(scenario.sent[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    }
  });

  it.each([
    ['generateVeo3', '/models/veo3', documented.veo3],
    ['generateGrokImagine', '/models/grok-imagine', documented.grokTextToImage],
    ['generateGrokImagine', '/models/grok-imagine', documented.grokTextToVideo],
    ['generateGrokImagine', '/models/grok-imagine', documented.grokImageToVideo],
    ['generateKlingMotionControl', '/models/kling-motion-control', documented.kling],
    ['generateAsmr', '/models/asmr-generator', documented.asmrTheme],
    ['generateAsmr', '/models/asmr-generator', documented.asmrCustomPrompt],
  ] as const)('%s accepts its documented body at %s', async (operationId, path, body) => {
    const { vydra, scenario } = client();
    const data = await vydra.call(operationId, { body } as never);
    expect(data).toEqual(created);
    expect(scenario.sent).toHaveLength(1);
    expect(scenario.sent[0]!.path).toBe(path);
    expect(JSON.parse(scenario.sent[0]!.body)).toEqual(body);
  });

  it('creates a job with any catalog model through the generic route', async () => {
    const { vydra, scenario } = client();
    const data = await vydra.call('generateWithModel', {
      params: { path: { modelSlug: 'nano-banana' } },
      body: { prompt: 'A banana in space' },
    });
    expect(data).toEqual(created);
    expect(scenario.sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /models/nano-banana']);
  });

  it.each([
    ['pending', { status: 'pending', progress: 0 }],
    ['running', { status: 'running', progress: 45, startedAt: '2024-01-15T10:30:15Z' }],
    [
      'completed',
      {
        status: 'completed',
        output: {
          videoUrl: 'https://vydra-cdn.com/videos/xyz.mp4',
          duration: 8,
          resolution: '1080p',
        },
      },
    ],
    [
      'failed',
      {
        status: 'failed',
        error: { message: 'Content moderation failed', code: 'CONTENT_VIOLATION' },
        creditsRefunded: 350,
        refundStatus: 'refunded',
      },
    ],
    ['cancelled', { status: 'cancelled', creditsRefunded: 350, refundStatus: 'refunded' }],
  ])('reads the %s job example', async (name, expected) => {
    const { vydra } = client({ [`GET ${JOB}`]: [example(name)] });
    const job = await vydra.call('getJob', { params: { path: { jobId: 'job_abc123' } } });
    expect(job).toMatchObject({ id: 'job_abc123', ...expected });
  });

  it('cancels a job by id and by handle, reporting the refund', async () => {
    const { vydra, sent } = client();
    const byId = await vydra.cancel('job_abc123');
    expect(byId).toMatchObject({
      cancelled: true,
      message: 'Job cancelled',
      creditsRefunded: 350,
      alreadyRefunded: false,
    });
    const { handle } = await vydra.submit('generateVeo3', { body: documented.veo3 });
    expect(handle).toMatchObject({
      provider: 'vydra',
      id: 'job_abc123',
      statusOperationId: 'getJob',
    });
    const byHandle = await vydra.cancel(handle);
    expect(byHandle.creditsRefunded).toBe(350);
    expect(byHandle.response.refund).toEqual({ creditsRefunded: 350, alreadyRefunded: false });
    expect(sent()).toEqual([`DELETE ${JOB}`, 'POST /models/veo3', `DELETE ${JOB}`]);
  });

  it('reads the organization', async () => {
    const { vydra } = client();
    const organization = await vydra.call('getOrganization', {});
    expect(organization).toEqual({
      id: 'org_123',
      name: 'My Organization',
      creditsRemaining: 2750,
      plan: 'creator',
      updatedAt: '2024-01-15T10:30:00Z',
    });
  });
});

describe('Vydra input checks', () => {
  it.each([
    ['veo3 without a prompt', '/models/veo3', 'veo3', { aspect_ratio: '9:16' }, '/prompt'],
    [
      'veo3 with aspect ratio 4:3',
      '/models/veo3',
      'veo3',
      { prompt: 'A serene lake at sunset', aspect_ratio: '4:3' },
      '/aspect_ratio',
    ],
    [
      'grok-imagine with model "text-to-audio"',
      '/models/grok-imagine',
      'grok-imagine',
      { prompt: 'Creative description', model: 'text-to-audio' },
      '/model',
    ],
  ] as const)(
    'the mock rejects %s, and the client refuses it before sending',
    async (_name, path, model, body, issuePath) => {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input.
      const { response } = await raw().POST(path, { body: body as any });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);

      const { vydra, scenario } = client();
      const error = await vydra
        // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input.
        .generate(model, body as any, { schedule: fastSchedule })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path)).toContain(issuePath);
      expect(error.message).toContain('nothing was charged');
      expect(scenario.sent).toHaveLength(0);
    },
  );

  it('types each named model input', () => {
    const vydra = createVydraClient({ apiKey, baseUrl });
    expectTypeOf<NamedModel>().toEqualTypeOf<
      'veo3' | 'grok-imagine' | 'kling-motion-control' | 'asmr-generator'
    >();
    expectTypeOf(vydra.generate<'veo3'>)
      .parameter(1)
      .branded.toEqualTypeOf<{
        prompt: string;
        aspect_ratio?: '16:9' | '9:16' | '1:1';
        extra?: Readonly<Record<string, unknown>>;
      }>();
    expectTypeOf(vydra.generate<'whisper'>)
      .parameter(1)
      .toEqualTypeOf<{ [key: string]: unknown }>();
    expect([...modelRoutes]).toEqual([
      ['veo3', 'generateVeo3'],
      ['grok-imagine', 'generateGrokImagine'],
      ['kling-motion-control', 'generateKlingMotionControl'],
      ['asmr-generator', 'generateAsmr'],
    ]);
  });
});

describe('Vydra errors', () => {
  it('turns a 402 into InsufficientCreditsError carrying the credits required and remaining', async () => {
    const { vydra, sent } = client({ 'POST /models/veo3': ['code=402'] });
    const error = await vydra
      .generate('veo3', documented.veo3, { schedule: fastSchedule })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({
      status: 402,
      providerMessage: 'Insufficient credits',
      operationId: 'generateVeo3',
      body: { creditsRequired: 350, creditsRemaining: 150 },
    });
    expect(creditShortfall(error)).toEqual({ creditsRequired: 350, creditsRemaining: 150 });
    expect(creditShortfall(new Error('other'))).toBeUndefined();
    expect(sent()).toEqual(['POST /models/veo3']);
  });

  it('gets 401 without a key, as a typed error', async () => {
    const { response } = await createClient<paths>({ baseUrl }).GET('/organization');
    expect(response.status).toBe(401);

    const vydra = createVydraClient({
      apiKey,
      baseUrl,
      fetch: fetchWithout('authorization'),
    });
    const error = await vydra.checkBalance().catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, providerMessage: 'Invalid API key' });
  });

  it('names both the option and VYDRA_API_KEY when the key is missing', async () => {
    const saved = process.env.VYDRA_API_KEY;
    delete process.env.VYDRA_API_KEY;
    try {
      const { scenario } = client();
      const vydra = createVydraClient({ baseUrl, fetch: scenario.fetch });
      const error = await vydra.generate('veo3', documented.veo3).catch((e) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain("'apiKey' option");
      expect(error.message).toContain('VYDRA_API_KEY');
      expect(scenario.sent).toHaveLength(0);
    } finally {
      if (saved !== undefined) process.env.VYDRA_API_KEY = saved;
    }
  });
});

describe('Vydra generate and wait', () => {
  it('declares the documented poll schedule, states and refund fields in the metadata', () => {
    const job = metadata.operations.getJob.job;
    expect(job.schedule).toEqual({
      initialDelayMs: 10000,
      intervalMs: 10000,
      multiplier: 1.5,
      maxIntervalMs: 30000,
      timeoutMs: 1200000,
    });
    expect(job.states).toEqual({
      running: ['pending', 'running'],
      succeeded: ['completed'],
      failed: ['failed'],
      cancelled: ['cancelled'],
    });
    expect(job.refund).toEqual({ credits: '/creditsRefunded', status: '/refundStatus' });
    expect(metadata.operations.getJob.cancel.operationId).toBe('cancelJob');
  });

  it('declares the documented Grok Imagine prices and the 60 s a 429 asks for', () => {
    expect(metadata.operations.generateGrokImagine.prices).toEqual({
      property: 'model',
      credits: { 'text-to-image': 8, 'text-to-video': 150, 'image-to-video': 150 },
    });
    // "Rate limit exceeded. Try again in 60 seconds.": a fixed wait, not a 2 s backoff.
    expect(metadata.retry.statusDelayMs).toEqual({ '429': 60000 });
    expect(metadata.retry.maxDelayMs).toBeGreaterThanOrEqual(60000);
  });

  it('walks pending → running → completed, reporting progress, and returns the video URL', async () => {
    const { vydra, sent } = client({
      [`GET ${JOB}`]: [example('pending'), example('running'), example('completed')],
    });
    const progress: [string, number | undefined][] = [];
    const video = await vydra.generate('veo3', documented.veo3, {
      schedule: fastSchedule,
      onProgress: (p) => progress.push([p.state, p.progress]),
    });
    expect(progress).toEqual([
      ['pending', 0],
      ['running', 45],
      ['completed', undefined],
    ]);
    expect(video.status).toBe('succeeded');
    expect(video.videoUrl).toBe('https://vydra-cdn.com/videos/xyz.mp4');
    expect(video.outputs).toEqual(['https://vydra-cdn.com/videos/xyz.mp4']);
    expect(video.imageUrl).toBeUndefined();
    expect(video.body.output?.resolution).toBe('1080p');
    expect(video.handle.id).toBe('job_abc123');
    expect(sent()).toEqual(['POST /models/veo3', `GET ${JOB}`, `GET ${JOB}`, `GET ${JOB}`]);
  });

  it.each([
    ['veo3', '/models/veo3', documented.veo3],
    ['grok-imagine', '/models/grok-imagine', documented.grokTextToVideo],
    ['kling-motion-control', '/models/kling-motion-control', documented.kling],
    ['asmr-generator', '/models/asmr-generator', documented.asmrTheme],
    ['whisper', '/models/whisper', { audio_url: 'https://example.com/a.mp3' }],
  ] as const)('generate("%s") posts to %s and waits', async (model, path, body) => {
    const { vydra, scenario, sent } = client({ [`GET ${JOB}`]: [example('completed')] });
    const result = await vydra.generate(model, body as never, { schedule: fastSchedule });
    expect(sent()).toEqual([`POST ${path}`, `GET ${JOB}`]);
    expect(JSON.parse(scenario.sent[0]!.body)).toEqual(body);
    expect(result.videoUrl).toBe('https://vydra-cdn.com/videos/xyz.mp4');
  });

  it('speak() reads the audio URL straight from an immediate answer, with no job', async () => {
    const { vydra, scenario, sent } = client({
      'POST /models/elevenlabs/tts': ['code=200, example=immediate'],
    });
    const speech = await vydra.speak({ text: 'Hello from Vydra', voice_id: 'voice_123' });
    expect(speech).toEqual({
      audioUrl: 'https://vydra-cdn.com/audio/xyz.mp3',
      body: { audioUrl: 'https://vydra-cdn.com/audio/xyz.mp3', creditsCharged: 5 },
    });
    expect(sent()).toEqual(['POST /models/elevenlabs/tts']);
    expect(JSON.parse(scenario.sent[0]!.body)).toEqual({
      text: 'Hello from Vydra',
      voice_id: 'voice_123',
    });
  });

  it('speak() waits for the job when the answer is the documented 202', async () => {
    const { vydra, sent } = client({
      'POST /models/elevenlabs/tts': ['code=202'],
      [`GET ${JOB}`]: [example('completedAudio')],
    });
    const speech = await vydra.speak({ text: 'Hello' }, { schedule: fastSchedule });
    expect(speech.audioUrl).toBe('https://vydra-cdn.com/audio/xyz.mp3');
    expect(speech.handle?.id).toBe('job_abc123');
    expect(sent()).toEqual(['POST /models/elevenlabs/tts', `GET ${JOB}`]);
  });

  it('speak() throws with the handle when the job ends without an audio URL', async () => {
    const { vydra } = client({
      'POST /models/elevenlabs/tts': ['code=202'],
      [`GET ${JOB}`]: [example('completed')],
    });
    const error = await vydra.speak({ text: 'Hello' }, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.handle).toMatchObject({ id: 'job_abc123' });
  });

  it('speak() refuses a body without text before sending', async () => {
    const { vydra, sent } = client();
    const error = await vydra.speak({ voice_id: 'v' } as never).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent()).toEqual([]);
  });

  it('walks pending → failed and reports the refund on the JobFailedError', async () => {
    const { vydra, sent } = client({ [`GET ${JOB}`]: [example('pending'), example('failed')] });
    const error = await vydra
      .generate('kling-motion-control', documented.kling, { schedule: fastSchedule })
      .catch((e) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({
      state: 'failed',
      providerMessage: 'Content moderation failed',
      code: 'CONTENT_VIOLATION',
      creditsRefunded: 350,
      refundStatus: 'refunded',
      handle: { provider: 'vydra', id: 'job_abc123' },
    });
    expect(error.message).toContain('350 credits refunded');
    expect(sent()).toEqual(['POST /models/kling-motion-control', `GET ${JOB}`, `GET ${JOB}`]);
  });

  it('reports the refund of a job Vydra cancelled', async () => {
    const { vydra } = client({ [`GET ${JOB}`]: [example('running'), example('cancelled')] });
    const error = await vydra
      .generate('veo3', documented.veo3, { schedule: fastSchedule })
      .catch((e) => e);
    expect(error).toBeInstanceOf(JobCancelledError);
    expect(error).toMatchObject({ creditsRefunded: 350, refundStatus: 'refunded' });
  });

  it('cancels the job at Vydra when the wait is aborted, and reports the refund', async () => {
    const { vydra, sent } = client({
      [`GET ${JOB}`]: [example('pending'), example('running')],
    });
    const controller = new AbortController();
    const states: string[] = [];
    const error = await vydra
      .generate('veo3', documented.veo3, {
        schedule: fastSchedule,
        signal: controller.signal,
        onProgress: (p) => {
          states.push(p.state);
          if (p.state === 'running') controller.abort();
        },
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(JobCancelledError);
    expect(error).toMatchObject({
      state: 'cancelled',
      creditsRefunded: 350,
      handle: { id: 'job_abc123' },
      body: { refund: { creditsRefunded: 350, alreadyRefunded: false } },
    });
    expect(error.message).toContain('350 credits refunded');
    expect(states).toEqual(['pending', 'running']);
    expect(sent()).toEqual(['POST /models/veo3', `GET ${JOB}`, `GET ${JOB}`, `DELETE ${JOB}`]);
  });

  it('leaves the job running when cancelOnAbort is false', async () => {
    const { vydra, sent } = client({ [`GET ${JOB}`]: [example('running')] });
    const controller = new AbortController();
    const error = await vydra
      .generate('veo3', documented.veo3, {
        schedule: fastSchedule,
        signal: controller.signal,
        cancelOnAbort: false,
        onProgress: () => controller.abort(),
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.handle).toMatchObject({ id: 'job_abc123', statusOperationId: 'getJob' });
    expect(sent()).toEqual(['POST /models/veo3', `GET ${JOB}`]);
  });
});

describe('Vydra balance and catalog', () => {
  it('does not warn above the default 500-credit threshold', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { vydra } = client();
    const balance = await vydra.checkBalance();
    expect(balance).toMatchObject({ creditsRemaining: 2750, plan: 'creator', low: false });
    expect(warn).not.toHaveBeenCalled();
  });

  it('calls onLowBalance under a custom threshold, and not above it', async () => {
    const { vydra } = client();
    const onLowBalance = vi.fn();
    const low = await vydra.checkBalance({ warnBelow: 3000, onLowBalance });
    expect(low.low).toBe(true);
    expect(onLowBalance).toHaveBeenCalledExactlyOnceWith({
      creditsRemaining: 2750,
      warnBelow: 3000,
      plan: 'creator',
    });
    const fine = await vydra.checkBalance({ warnBelow: 2750, onLowBalance });
    expect(fine.low).toBe(false);
    expect(onLowBalance).toHaveBeenCalledTimes(1);
  });

  it('warns through console.warn by default, with the threshold set on the client', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { vydra } = client(undefined, { lowBalance: { warnBelow: 5000 } });
    const balance = await vydra.checkBalance();
    expect(balance.low).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/2750 credits left.*5000/);
  });

  it('caches the model catalog for its TTL (1 h by default)', async () => {
    expect(DEFAULT_MODEL_CACHE_TTL_MS).toBe(3_600_000);
    const { vydra, sent } = client(undefined, { modelCacheTtlMs: 300 });
    const [first, second] = [await vydra.models(), await vydra.models()];
    expect(first[0]?.slug).toBe('veo3');
    expect(second).toBe(first);
    expect(sent()).toEqual(['GET /models']);

    await new Promise((resolve) => setTimeout(resolve, 350));
    await vydra.models();
    expect(sent()).toEqual(['GET /models', 'GET /models']);

    await vydra.models({ refresh: true });
    expect(sent()).toHaveLength(3);
  });

  it('keeps the catalog for an hour by default', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { vydra, sent } = client();
    await vydra.models();
    now += DEFAULT_MODEL_CACHE_TTL_MS - 1;
    await vydra.models();
    expect(sent()).toEqual(['GET /models']);
    now += 1;
    await vydra.models();
    expect(sent()).toEqual(['GET /models', 'GET /models']);
    vydra.models.clear();
    await vydra.models();
    expect(sent()).toHaveLength(3);
  });
});
