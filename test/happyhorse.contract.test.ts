import { createHappyHorseClient, type GenerateRequest, metadata } from '@mediagen/happyhorse';
import {
  AuthenticationError,
  ConfigurationError,
  JobFailedError,
  ValidationError,
} from '@mediagen/runtime';
import createClient from 'openapi-fetch';
import { describe, expect, inject, it } from 'vitest';
import type { paths } from '../packages/happyhorse/src/generated/openapi.ts';
import { fastSchedule, fetchWithout, scenarioFetch } from './helpers/scenario-fetch.ts';

const baseUrl = inject('mocks').happyhorse!;
const apiKey = 'hh_test_key_0123456789';
const valid = {
  model: 'happyhorse-1.0/video',
  prompt: 'A majestic eagle soaring through clouds at sunset',
} as const;

const element = (name: string) => ({
  name,
  description: `the ${name}`,
  element_input_urls: ['https://a.example/1.jpg', 'https://a.example/2.jpg'],
});

function client(script?: Record<string, string[]>) {
  const scenario = scenarioFetch(script);
  return { scenario, hh: createHappyHorseClient({ apiKey, baseUrl, fetch: scenario.fetch }) };
}

describe('HappyHorse against its Prism mock', () => {
  it('creates a task with each documented request example', async () => {
    const { hh, scenario } = client();
    const examples: GenerateRequest[] = [
      { ...valid, mode: 'pro', duration: 5, aspect_ratio: '16:9', sound: true },
      { ...valid, mode: 'pro', image_urls: ['https://example.com/my-image.jpg'], duration: 5 },
      {
        model: 'happyhorse-1.0/video',
        mode: 'pro',
        multi_shots: true,
        sound: true,
        duration: 10,
        multi_prompt: [
          { prompt: 'A woman walks into a coffee shop', duration: 3 },
          { prompt: 'She orders a latte and sits by the window', duration: 4 },
          { prompt: 'She looks outside and smiles', duration: 3 },
        ],
        aspect_ratio: '16:9',
      },
    ];
    for (const body of examples) {
      const { data } = await hh.POST('/api/generate', { body });
      expect(data).toEqual({
        code: 200,
        message: 'success',
        data: { task_id: 'n92abc123hh10', status: 'IN_PROGRESS' },
      });
    }
    expect(scenario.sent.every((r) => r.headers.get('authorization') === `Bearer ${apiKey}`)).toBe(
      true,
    );
  });

  it('reads each documented status example', async () => {
    for (const [example, status] of [
      ['inProgress', 'IN_PROGRESS'],
      ['success', 'SUCCESS'],
      ['failed', 'FAILED'],
    ] as const) {
      const { hh } = client({ '/api/status': [`code=200, example=${example}`] });
      const data = await hh.call('getTaskStatus', {
        params: { query: { task_id: 'n92abc123hh10' } },
      });
      expect(data.data.status).toBe(status);
    }
  });

  it.each([
    ['duration 20', { duration: 20 }, '/duration'],
    ['aspect ratio 4:3', { aspect_ratio: '4:3' }, '/aspect_ratio'],
    ['mode "ultra"', { mode: 'ultra' }, '/mode'],
    [
      '3 image URLs',
      {
        image_urls: [
          'https://a.example/1.jpg',
          'https://a.example/2.jpg',
          'https://a.example/3.jpg',
        ],
      },
      '/image_urls',
    ],
    ['another model name', { model: 'happyhorse-2.0/video' }, '/model'],
    [
      'four happyhorse_elements (max 3)',
      { happyhorse_elements: Array.from({ length: 4 }, (_, i) => element(`element_${i}`)) },
      '/happyhorse_elements',
    ],
    [
      'an element with one input image (2-4)',
      {
        happyhorse_elements: [
          { ...element('element_dog'), element_input_urls: ['https://a.example/1.jpg'] },
        ],
      },
      '/happyhorse_elements/0/element_input_urls',
    ],
  ])(
    'the mock rejects %s, and the client refuses it before sending',
    async (_name, patch, path) => {
      const raw = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
      const invalid = { ...valid, ...patch } as unknown as GenerateRequest;
      const { response } = await raw.POST('/api/generate', { body: invalid });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);

      const { hh, scenario } = client();
      const error = await hh.POST('/api/generate', { body: invalid }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path)).toContain(path);
      expect(scenario.sent).toHaveLength(0);
    },
  );

  it('sends the element list as happyhorse_elements, the name public clients use', async () => {
    const { hh, scenario } = client();
    const body: GenerateRequest = {
      ...valid,
      prompt: 'A dog runs on the beach, @element_dog',
      happyhorse_elements: [element('element_dog')],
    };
    const { data } = await hh.POST('/api/generate', { body });
    expect(data?.data.task_id).toBe('n92abc123hh10');
    expect(JSON.parse(scenario.sent[0]!.body).happyhorse_elements).toEqual([
      element('element_dog'),
    ]);
  });

  it('gets 401 without a key, as a typed error', async () => {
    const raw = createClient<paths>({ baseUrl });
    const { response, error } = await raw.GET('/api/status', {
      params: { query: { task_id: 'n92abc123hh10' } },
    });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'INVALID_API_KEY' });

    const hh = createHappyHorseClient({ apiKey, baseUrl, fetch: fetchWithout('authorization') });
    const failure = await hh
      .call('getTaskStatus', { params: { query: { task_id: 'n92abc123hh10' } } })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({
      status: 401,
      code: 'INVALID_API_KEY',
      operationId: 'getTaskStatus',
    });
  });

  it('names both the option and the env var when the key is missing', async () => {
    const saved = process.env.HAPPYHORSE_API_KEY;
    delete process.env.HAPPYHORSE_API_KEY;
    try {
      const hh = createHappyHorseClient({ baseUrl });
      const error = await hh.generateVideo(valid).catch((e) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain("'apiKey' option");
      expect(error.message).toContain('HAPPYHORSE_API_KEY');
    } finally {
      if (saved !== undefined) process.env.HAPPYHORSE_API_KEY = saved;
    }
  });

  it('generateVideo walks IN_PROGRESS → SUCCESS and returns the video URL', async () => {
    const { hh, scenario } = client({
      '/api/status': [
        'code=200, example=inProgress',
        'code=200, example=inProgress',
        'code=200, example=success',
      ],
    });
    const progress: string[] = [];
    const video = await hh.generateVideo(
      { ...valid, mode: 'pro', duration: 5, aspect_ratio: '16:9', sound: true },
      { schedule: fastSchedule, onProgress: (p) => progress.push(p.state) },
    );
    expect(video.videoUrl).toBe('https://cdn.example.com/videos/abc123.mp4');
    expect(video.status).toBe('succeeded');
    expect(video.body.data.consumed_credits).toBe(400);
    expect(progress).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'SUCCESS']);
    expect(scenario.sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/generate',
      'GET /api/status',
      'GET /api/status',
      'GET /api/status',
    ]);
    expect(new URL(`http://x${scenario.sent[1]!.path}`).pathname).toBe('/api/status');
  });

  it('generateVideo fills in the one model the spec allows', async () => {
    const { hh, scenario } = client({ '/api/status': ['code=200, example=success'] });
    const video = await hh.generateVideo(
      { prompt: 'A cinematic shot of mountains at sunrise' },
      { schedule: fastSchedule },
    );
    expect(video.videoUrl).toBe('https://cdn.example.com/videos/abc123.mp4');
    expect(JSON.parse(scenario.sent[0]!.body)).toEqual({
      model: 'happyhorse-1.0/video',
      prompt: 'A cinematic shot of mountains at sunrise',
    });
  });

  it('generateVideo walks IN_PROGRESS → FAILED and throws a typed failure with the provider message', async () => {
    const { hh } = client({
      '/api/status': ['code=200, example=inProgress', 'code=200, example=failed'],
    });
    const error = await hh.generateVideo(valid, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({
      state: 'FAILED',
      providerMessage: 'Video generation failed. Please try a different prompt.',
      handle: { provider: 'happyhorse', id: 'n92abc123hh10', statusOperationId: 'getTaskStatus' },
    });
  });

  it('maps documented error codes to typed errors', async () => {
    const { hh } = client({ '/api/generate': ['code=402'] });
    const error = await hh.generateVideo(valid, { schedule: fastSchedule }).catch((e) => e);
    expect(error.name).toBe('InsufficientCreditsError');
    expect(error).toMatchObject({ status: 402, code: 'INSUFFICIENT_CREDITS' });
  });

  it('declares the documented poll schedule and terminal states in the generated metadata', () => {
    const job = metadata.operations.getTaskStatus.job;
    expect(job.schedule).toEqual({
      initialDelayMs: 8000,
      intervalMs: 10000,
      incrementMs: 2000,
      maxIntervalMs: 20000,
      timeoutMs: 900000,
    });
    expect(job.states).toEqual({
      running: ['IN_PROGRESS'],
      succeeded: ['SUCCESS'],
      failed: ['FAILED'],
      cancelled: [],
    });
    expect(metadata.operations.createTask.status).toEqual({
      operationId: 'getTaskStatus',
      parameters: { task_id: { from: 'response.body', pointer: '/data/task_id' } },
    });
  });
});

describe('HappyHorse multi-shot duration', () => {
  const shots = (...durations: number[]) =>
    ({
      model: 'happyhorse-1.0/video',
      multi_shots: true,
      sound: true,
      multi_prompt: durations.map((duration, i) => ({ prompt: `shot ${i}`, duration })),
    }) as const;

  it('sends shots that add up to 3-15 s without a duration: the sum is the default', async () => {
    const { hh, scenario } = client();
    const { data } = await hh.POST('/api/generate', { body: shots(3, 4, 3) });
    expect(data?.data.task_id).toBe('n92abc123hh10');
    expect(JSON.parse(scenario.sent[0]!.body)).not.toHaveProperty('duration');
  });

  it.each([
    ['two 12 s shots', [12, 12], 'at most 15 (got 24)'],
    ['one 2 s shot', [2], 'at least 3 (got 2)'],
  ])(
    'the mock refuses %s, and the client refuses it before sending',
    async (_name, durations, message) => {
      const raw = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
      const { response } = await raw.POST('/api/generate', { body: shots(...durations) });
      expect(response.status).toBe(400);

      const { hh, scenario } = client();
      const error = await hh.POST('/api/generate', { body: shots(...durations) }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        { path: '/multi_prompt', message: `the sum of multi_prompt/*/duration must be ${message}` },
      ]);
      expect(scenario.sent).toHaveLength(0);
    },
  );

  it('refuses a stated duration that is not the sum of the shots, as the doc asks', async () => {
    const body = { ...shots(3, 4, 3), duration: 12 };
    const raw = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
    expect((await raw.POST('/api/generate', { body })).response.status).toBe(400);

    const { hh, scenario } = client();
    const error = await hh.POST('/api/generate', { body }).catch((e) => e);
    expect((error as ValidationError).issues).toEqual([
      {
        path: '/duration',
        message: 'must equal the sum of multi_prompt/*/duration, 10 (got 12); or leave it out',
      },
    ]);
    expect(scenario.sent).toHaveLength(0);
  });
});
