import { readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKubeezClient,
  EXTEND_PRICES,
  type GenerateMediaInput,
  type KubeezClient,
  metadata,
  UPLOAD_MAX_BYTES,
} from '@mediagen/kubeez';
import {
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  InsufficientCreditsError,
  JobFailedError,
  type JobHandle,
  NotFoundError,
  PermissionDeniedError,
  ServerError,
  ValidationError,
  WaitTimeoutError,
} from '@mediagen/runtime';
import { createPollSchedule, readJob } from '@mediagen/runtime/provider';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { paths } from '../packages/kubeez/src/generated/openapi.ts';
import {
  fastSchedule,
  fetchWithout,
  type SentRequest,
  scenarioFetch,
} from './helpers/scenario-fetch.ts';
import { spinUntil } from './helpers/spin-until.ts';

const baseUrl = inject('mocks').kubeez!;
const apiKey = 'sk_live_test_0123456789';
const textToImage = {
  model: 'nano-banana-2',
  prompt: 'matte-black headphones on marble, soft studio light',
  aspect_ratio: '1:1',
} as const;
const rachel = {
  text: 'Welcome to Kubeez. Let me show you around.',
  voice: 'Rachel',
  stability: 0.5,
  language_code: 'en',
} as const;
const queued = (id: string) => ({ generation_id: id, status: 'queued' });

function client(
  script?: Record<string, string[]>,
  options: { retry?: { maxRetries: number } } = {},
) {
  const scenario = scenarioFetch(script);
  // The mock has no rate limit; pacing at the documented one (10 music jobs a minute) would make
  // this file wait for minutes. Pacing itself is tested in the runtime.
  const kz = createKubeezClient({
    apiKey,
    baseUrl,
    fetch: scenario.fetch,
    rateLimits: false,
    ...options,
  });
  return { scenario, kz };
}

/** openapi-fetch straight at the mock, with no mediagen runtime in between. */
function rawClient({ key = true } = {}) {
  return createClient<paths>({ baseUrl, ...(key ? { headers: { 'X-API-Key': apiKey } } : {}) });
}

const requests = (sent: SentRequest[]) => sent.map((r) => `${r.method} ${r.path}`);

async function withoutEnvKey<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.KUBEEZ_API_KEY;
  delete process.env.KUBEEZ_API_KEY;
  try {
    return await run();
  } finally {
    if (saved !== undefined) process.env.KUBEEZ_API_KEY = saved;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Kubeez against its Prism mock: every operation with its documented examples', () => {
  const covered = new Set<string>();
  const cover = (...ids: string[]) => {
    for (const id of ids) covered.add(id);
  };

  it('starts each kind of job with each documented request example', async () => {
    const { kz, scenario } = client();
    const imageToImage = {
      ...textToImage,
      prompt: 'replace background with sunset',
      source_media_urls: ['https://storage.../photo.jpg'],
      generation_type: 'image-to-image',
    };
    for (const body of [textToImage, imageToImage]) {
      expect(await kz.call('generateMedia', { body })).toEqual(queued('abc-123-uuid'));
    }
    expect(
      await kz.call('extendMedia', {
        body: {
          source_task_id: 'veo-task-123',
          prompt: 'the camera keeps pushing in as the sun sets',
          extend_model: 'fast',
        },
      }),
    ).toEqual({
      ...queued('def-456-uuid'),
      source_task_id: 'veo-task-123',
      estimated_cost_credits: 75,
    });
    for (const body of [
      { model: 'music-model-id', prompt: 'upbeat synthwave track for a product launch video' },
      {
        model: 'music-model-id',
        title: 'Neon Nights',
        style: 'synthwave, 110 bpm',
        lyrics: 'City lights are calling\nwe drive into the night\n',
        vocal_gender: 'female' as const,
      },
      {
        model: 'music-model-id',
        title: 'Morning Run',
        style: 'indie pop',
        song_description: 'an energetic song about running at sunrise',
        vocal_gender: 'male' as const,
      },
    ]) {
      expect(await kz.call('generateMusic', { body })).toEqual(queued('mus-123-uuid'));
    }
    expect(await kz.call('generateDialogue', { body: rachel })).toEqual(queued('dlg-123-uuid'));
    expect(
      await kz.call('generateSeparation', { body: { media_url: 'https://storage.../song.mp3' } }),
    ).toEqual({ separation_id: 'sep-123-uuid', status: 'queued' });
    expect(
      await kz.call('generateAdCopy', {
        body: {
          reference_ad_url: 'https://cdn.example.com/reference-ad.jpg',
          product_image_url: 'https://storage.../headphones.png',
          product_text: 'Matte-black wireless headphones with 40 h battery life',
          variant_count: 3,
          aspect_ratio: '9:16',
          language: 'en',
        },
      }),
    ).toEqual({
      project_id: 'proj-123-uuid',
      generation_ids: ['ad-1-uuid', 'ad-2-uuid', 'ad-3-uuid'],
    });
    const captions = await kz.transcribe({
      media_url: 'https://storage.../clip.mp4',
      quality: 'standard',
      language: 'en',
      code_switching: false,
    });
    expect(captions.words.map((w) => w.text)).toEqual(['Welcome', 'to', 'Kubeez.']);

    expect(scenario.sent.every((r) => r.headers.get('x-api-key') === apiKey)).toBe(true);
    expect(scenario.sent.some((r) => r.headers.has('authorization'))).toBe(false);
    cover(
      'generateMedia',
      'extendMedia',
      'generateMusic',
      'generateDialogue',
      'generateSeparation',
      'generateAdCopy',
      'generateCaptions',
    );
  });

  it('reads each documented status example of the three status routes', async () => {
    for (const [operationId, path, id, examples] of [
      [
        'getMediaGeneration',
        '/v1/generate/media/abc-123-uuid',
        'abc-123-uuid',
        ['queued', 'running', 'completed', 'completedVeo', 'failed', 'cancelled'],
      ],
      [
        'getMusicGeneration',
        '/v1/generate/music/mus-123-uuid',
        'mus-123-uuid',
        ['queued', 'running', 'completed', 'failed'],
      ],
      [
        'getSeparation',
        '/v1/generate/separation/sep-123-uuid',
        'sep-123-uuid',
        ['queued', 'running', 'completed', 'failed'],
      ],
    ] as const) {
      for (const example of examples) {
        const { kz } = client({ [path]: [`code=200, example=${example}`] });
        const body = await kz.call(operationId, { params: { path: { id } } });
        expect(body.status).toBe(example === 'completedVeo' ? 'completed' : example);
        if (example === 'completedVeo')
          expect(body).toMatchObject({ source_task_id: 'veo-task-123' });
      }
    }
    cover('getMediaGeneration', 'getMusicGeneration', 'getSeparation');
  });

  it('uploads a small file as multipart field `file`', async () => {
    const { kz, scenario } = client();
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.jpg', {
      type: 'image/jpeg',
    });
    const uploaded = await kz.uploadFile(photo);
    expect(uploaded).toEqual({
      success: true,
      urls: ['https://storage.../photo.jpg'],
      uploaded: 1,
      url: 'https://storage.../photo.jpg',
    });
    const [sent] = scenario.sent;
    expect(requests(scenario.sent)).toEqual(['POST /v1/upload/media']);
    expect(sent!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent!.body).toContain('name="file"; filename="photo.jpg"');
    expect(sent!.headers.get('x-api-key')).toBe(apiKey);

    // Raw bytes and a path on disk go the same way.
    const dir = await mkdtemp(join(tmpdir(), 'kubeez-'));
    try {
      await writeFile(join(dir, 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      expect((await kz.uploadFile(join(dir, 'logo.png'), { type: 'image/png' })).url).toBe(
        'https://storage.../photo.jpg',
      );
      expect((await kz.uploadFile(new Uint8Array([1, 2, 3]), { filename: 'a.bin' })).uploaded).toBe(
        1,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(scenario.sent[1]!.body).toContain('filename="logo.png"');
    expect(scenario.sent[1]!.body).toContain('Content-Type: image/png');
    expect(scenario.sent[2]!.body).toContain('filename="a.bin"');
    cover('uploadMedia');
  });

  it('lists, creates, renames and deletes assets', async () => {
    const { kz, scenario } = client();
    const library = await kz.call('listAssets', {});
    expect(library).toMatchObject({ count: 1, quota_bytes: 52428800, used_bytes: 48213 });
    expect(library.assets[0]).toMatchObject({ id: 'a1b2c3', name: 'acme-logo', kind: 'image' });
    const created = await kz.call('createAsset', {
      body: { name: 'acme-logo', url: 'https://cdn.example.com/logo.png' },
    });
    expect(created).toEqual({
      asset: { id: 'a1b2c3', name: 'acme-logo', url: 'https://cdn.kubeez.com/...signed...' },
    });
    const renamed = await kz.call('renameAsset', {
      params: { path: { id: 'a1b2c3' } },
      body: { name: 'acme-logo-2026' },
    });
    expect(renamed.asset.name).toBe('acme-logo-2026');
    const { response } = await kz.DELETE('/v1/assets/{id}', { params: { path: { id: 'a1b2c3' } } });
    expect(response.status).toBe(204);
    expect(await kz.call('deleteAsset', { params: { path: { id: 'a1b2c3' } } })).toBeUndefined();
    expect(requests(scenario.sent)).toEqual([
      'GET /v1/assets',
      'POST /v1/assets',
      'PATCH /v1/assets/a1b2c3',
      'DELETE /v1/assets/a1b2c3',
      'DELETE /v1/assets/a1b2c3',
    ]);
    cover('listAssets', 'createAsset', 'renameAsset', 'deleteAsset');
  });

  it('reads the account routes: models, balance, recent generations', async () => {
    const { kz, scenario } = client();
    const models = await kz.call('listModels', { params: { query: { model_type: 'image' } } });
    expect(models.models.map((m) => m.model_id)).toEqual(['nano-banana-2', 'text-to-dialogue-v3']);
    expect(models.models[1]!.voice_allowlist).toHaveLength(26);
    expect(await kz.call('getBalance', {})).toEqual({
      credits: 1250,
      message: 'You have 1250 credits.',
    });
    const recent = await kz.call('listGenerations', { params: { query: { status: 'completed' } } });
    expect(recent.generations.map((g) => [g.id, g.status])).toEqual([
      ['abc-123-uuid', 'completed'],
      ['mus-123-uuid', 'running'],
    ]);
    expect(requests(scenario.sent)).toEqual([
      'GET /v1/models',
      'GET /v1/balance',
      'GET /v1/generations',
    ]);
    expect(scenario.sent.every((r) => r.headers.get('x-api-key') === apiKey)).toBe(true);
    cover('listModels', 'getBalance', 'listGenerations');
  });

  it('reads the public routes without any key', async () => {
    await withoutEnvKey(async () => {
      const scenario = scenarioFetch({ 'seedance-2.json': ['code=200, example=family'] });
      const kz = createKubeezClient({ baseUrl, fetch: scenario.fetch });
      expect(await kz.call('getHealth', {})).toEqual({ status: 'healthy' });
      const catalog = await kz.call('getPublicModelCatalog', {});
      expect(catalog.models.map((m) => m.model_id)).toEqual([
        'nano-banana-2',
        'text-to-dialogue-v3',
      ]);
      const row = await kz.call('getPublicModel', {
        params: { path: { model_id: 'nano-banana-2' } },
      });
      expect(row).toMatchObject({ model_id: 'nano-banana-2', cost_per_generation: 8 });
      const family = await kz.call('getPublicModel', {
        params: { path: { model_id: 'seedance-2' } },
      });
      expect('models' in family && family.models.map((m) => m.model_id)).toEqual([
        'seedance-2-fast',
        'seedance-2-pro',
      ]);
      expect(requests(scenario.sent)).toEqual([
        'GET /health',
        'GET /docs/models.json',
        'GET /docs/models/nano-banana-2.json',
        'GET /docs/models/seedance-2.json',
      ]);
      expect(scenario.sent.some((r) => r.headers.has('x-api-key'))).toBe(false);
    });
    cover('getHealth', 'getPublicModelCatalog', 'getPublicModel');
  });

  it('covered every operation in the spec', () => {
    expect([...covered].sort()).toEqual(Object.keys(metadata.operations).sort());
  });
});

describe('Kubeez: documented-invalid input', () => {
  it.each([
    ['a missing text', 'generateDialogue', '/v1/generate/dialogue', { voice: 'Rachel' }, '/text'],
    [
      'stability 1.5',
      'generateDialogue',
      '/v1/generate/dialogue',
      { ...rachel, stability: 1.5 },
      '/stability',
    ],
    [
      'extend_model "ultra"',
      'extendMedia',
      '/v1/generate/media/extend',
      { source_task_id: 'veo-task-123', prompt: 'keep going', extend_model: 'ultra' },
      '/extend_model',
    ],
    [
      'an extend without source_task_id',
      'extendMedia',
      '/v1/generate/media/extend',
      { prompt: 'keep going' },
      '/source_task_id',
    ],
    ['a missing model', 'generateMedia', '/v1/generate/media', { prompt: 'headphones' }, '/model'],
    [
      'an empty resolution',
      'generateMedia',
      '/v1/generate/media',
      { ...textToImage, resolution: '' },
      '/resolution',
    ],
    [
      'ad-copy without reference_ad_url',
      'generateAdCopy',
      '/v1/generate/ad-copy',
      { product_text: 'headphones' },
      '/reference_ad_url',
    ],
    [
      'ad-copy variant_count 0',
      'generateAdCopy',
      '/v1/generate/ad-copy',
      { reference_ad_url: 'https://cdn.example.com/ad.jpg', variant_count: 0 },
      '/variant_count',
    ],
    [
      'separation without media_url',
      'generateSeparation',
      '/v1/generate/separation',
      {},
      '/media_url',
    ],
    [
      'captions without quality',
      'generateCaptions',
      '/v1/generate/captions',
      { media_url: 'https://storage.../clip.mp4' },
      '/quality',
    ],
  ] as const)(
    'the mock rejects %s, and the client refuses the paid call before sending',
    async (_name, operationId, path, body, issuePath) => {
      const post = rawClient().POST as unknown as (
        p: string,
        i: object,
      ) => Promise<{ response: Response; error?: { error: string } }>;
      const { response, error } = await post(path, { body });
      expect(response.status).toBe(400);
      expect(error?.error).toMatch(/^(invalid_request|missing_[a-z_]+)$/);

      const { kz, scenario } = client();
      const call = kz.call as unknown as (op: string, init: object) => Promise<unknown>;
      const refused = (await call(operationId, { body }).catch((e) => e)) as ValidationError;
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused.message).toContain('nothing was charged');
      expect(refused.issues.map((i) => i.path)).toContain(issuePath);
      expect(scenario.sent).toHaveLength(0);
    },
  );

  it.each([
    [
      'a default media request with null optional fields',
      'generateMedia',
      '/v1/generate/media',
      { ...textToImage, quality: null, source_media_urls: null, duration: null, sound: null },
    ],
    [
      'an empty source_media_urls',
      'generateMedia',
      '/v1/generate/media',
      { ...textToImage, source_media_urls: [] },
    ],
    [
      'simple music with instrumental',
      'generateMusic',
      '/v1/generate/music',
      { prompt: 'upbeat synthwave', instrumental: true, model: 'music-model-id' },
    ],
    [
      'a music body mixing simple and advanced',
      'generateMusic',
      '/v1/generate/music',
      {
        model: 'music-model-id',
        prompt: 'upbeat synthwave',
        title: 'Neon Nights',
        style: 'synthwave',
        lyrics: 'City lights',
        vocal_gender: 'female',
      },
    ],
    [
      'advanced music with both lyrics and song_description',
      'generateMusic',
      '/v1/generate/music',
      {
        model: 'music-model-id',
        title: 'Neon Nights',
        style: 'synthwave',
        lyrics: 'City lights',
        song_description: 'a night drive',
        vocal_gender: 'female',
      },
    ],
    [
      'a voice from the live allowlist the doc does not copy',
      'generateDialogue',
      '/v1/generate/dialogue',
      { ...rachel, voice: 'Bob' },
    ],
    [
      'dialogue with null settings and an extra field',
      'generateDialogue',
      '/v1/generate/dialogue',
      { ...rachel, stability: null, speed: null, model: 'text-to-dialogue-v3' },
    ],
    [
      'an extend with extend_model null',
      'extendMedia',
      '/v1/generate/media/extend',
      { source_task_id: 'veo-task-123', prompt: 'keep going', extend_model: null },
    ],
    [
      'ad-copy with null options',
      'generateAdCopy',
      '/v1/generate/ad-copy',
      {
        reference_ad_url: 'https://cdn.example.com/ad.jpg',
        product_image_url: null,
        variant_count: null,
      },
    ],
    [
      'separation with an extra field',
      'generateSeparation',
      '/v1/generate/separation',
      { media_url: 'https://cdn.example.com/song.mp3', format: 'wav' },
    ],
  ] as const)(
    'sends %s, as real clients do (the doc: "don\'t memorize fields")',
    async (_name, operationId, path, body) => {
      const { kz, scenario } = client();
      const call = kz.call as unknown as (op: string, init: object) => Promise<unknown>;
      await call(operationId, { body });
      expect(scenario.sent.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${path}`]);
      expect(JSON.parse(scenario.sent[0]!.body)).toEqual(body);
    },
  );

  it.each([
    ['with an uppercase letter', 'Acme-Logo'],
    ['over 64 characters', 'a'.repeat(65)],
    ['with a space', 'acme logo'],
  ])(
    'the mock rejects an asset name %s; ensureAsset refuses it before sending',
    async (_n, name) => {
      const raw = rawClient();
      const url = 'https://cdn.example.com/logo.png';
      expect((await raw.POST('/v1/assets', { body: { name, url } })).response.status).toBe(400);
      const renamed = await raw.PATCH('/v1/assets/{id}', {
        params: { path: { id: 'a1b2c3' } },
        body: { name },
      });
      expect(renamed.response.status).toBe(400);

      const { kz, scenario } = client();
      const refused = await kz.ensureAsset(name, url).catch((e) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      const issues = (refused as ValidationError).issues;
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((i) => i.path === '/name')).toBe(true);
      expect(scenario.sent).toHaveLength(0);

      // Every JSON body is checked against the spec, paid or not.
      const direct = await kz.call('createAsset', { body: { name, url } }).catch((e) => e);
      expect(direct).toBeInstanceOf(ValidationError);
      expect(direct.status).toBeUndefined();
      expect(scenario.sent).toHaveLength(0);
    },
  );

  it('the mock rejects an upload without a `file` part', async () => {
    const form = new FormData();
    form.append('document', new Blob(['x']), 'a.txt');
    const { response, error } = await rawClient().POST('/v1/upload/media', {
      body: form as unknown as { file: string },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a file over 500 MB before sending, from a path or a Blob', async () => {
    const { kz, scenario } = client();
    const dir = await mkdtemp(join(tmpdir(), 'kubeez-'));
    try {
      const big = join(dir, 'big.mp4');
      await writeFile(big, '');
      await truncate(big, UPLOAD_MAX_BYTES + 1); // sparse: no disk space used
      const fromPath = await kz.uploadFile(big).catch((e) => e);
      expect(fromPath).toBeInstanceOf(ValidationError);
      expect(fromPath).toMatchObject({
        operationId: 'uploadMedia',
        issues: [{ path: '/file', message: `must be at most 524288000 bytes (got 524288001)` }],
      });
      await truncate(big, UPLOAD_MAX_BYTES); // exactly 500 MB is allowed: it would be sent
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const blob = Object.defineProperty(new Blob(['x']), 'size', { value: UPLOAD_MAX_BYTES + 1 });
    expect(await kz.uploadFile(blob).catch((e) => e)).toBeInstanceOf(ValidationError);
    expect(
      await kz
        .generateFromFile(blob, { ...textToImage }, { schedule: fastSchedule })
        .catch((e) => e),
    ).toBeInstanceOf(ValidationError);
    expect(scenario.sent).toHaveLength(0);
  });

  it('takes the upload limit and the extend prices from the spec', () => {
    const spec = parse(
      readFileSync(new URL('../specs/kubeez/openapi.yaml', import.meta.url), 'utf8'),
    );
    const schemas = spec.components.schemas;
    expect(UPLOAD_MAX_BYTES).toBe(
      schemas.UploadMediaRequest.properties.file['x-mediagen-max-bytes'],
    );
    expect(EXTEND_PRICES).toEqual(schemas.ExtendModel['x-mediagen-prices']);
    // The doc's figures: 500 MB per upload; extend lite 45, fast 75, quality 300 credits.
    expect(UPLOAD_MAX_BYTES).toBe(500 * 1024 * 1024);
    expect(EXTEND_PRICES).toEqual({ lite: 45, fast: 75, quality: 300 });
  });
});

describe('Kubeez: auth and typed errors', () => {
  it('gets 401 without a key: from the mock directly, and as a typed error', async () => {
    const { response, error } = await rawClient({ key: false }).GET('/v1/balance');
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: 'unauthorized', message: 'missing or invalid API key' });
    // Either documented header carries the key.
    const bearer = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
    expect((await bearer.GET('/v1/balance')).response.status).toBe(200);

    const kz = createKubeezClient({ apiKey, baseUrl, fetch: fetchWithout('x-api-key') });
    const failure = await kz.call('getBalance', {}).catch((e) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ status: 401, code: 'unauthorized', operationId: 'getBalance' });
    expect(failure.message).not.toContain(apiKey);
  });

  it('names both the option and KUBEEZ_API_KEY when the key is missing, before sending', async () => {
    await withoutEnvKey(async () => {
      const scenario = scenarioFetch();
      const kz = createKubeezClient({ baseUrl, fetch: scenario.fetch });
      const error = await kz.generateMedia(textToImage).catch((e) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain("'apiKey' option");
      expect(error.message).toContain('KUBEEZ_API_KEY');
      expect(scenario.sent).toHaveLength(0);
    });
  });

  it('turns a missing scope (403) into a PermissionDeniedError with code missing_scope', async () => {
    const { kz, scenario } = client({ '/v1/generate/media': ['code=403'] });
    const error = await kz.generateMedia(textToImage, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({
      status: 403,
      code: 'missing_scope',
      providerMessage: 'this API key is missing the required scope for this endpoint',
      operationId: 'generateMedia',
    });
    expect(scenario.sent).toHaveLength(1);
  });

  it('maps the other documented error codes to typed errors', async () => {
    const logo = { name: 'acme-logo', url: 'https://cdn.example.com/logo.png' };
    const cases: [
      string,
      string,
      (kz: KubeezClient) => Promise<unknown>,
      typeof ApiError,
      string,
    ][] = [
      [
        '/v1/generate/music',
        'code=402',
        (kz) => kz.call('generateMusic', { body: { model: 'music-model-id', prompt: 'synth' } }),
        InsufficientCreditsError,
        'insufficient_credits',
      ],
      [
        '/v1/generate/media',
        'code=404',
        (kz) => kz.call('generateMedia', { body: textToImage }),
        NotFoundError,
        'model_not_found',
      ],
      [
        '/v1/generate/media',
        'code=400, example=unsupportedAspect',
        (kz) => kz.call('generateMedia', { body: textToImage }),
        ValidationError,
        'unsupported_aspect',
      ],
      [
        'POST /v1/assets',
        'code=409',
        (kz) => kz.call('createAsset', { body: logo }),
        ConflictError,
        'name_taken',
      ],
      [
        '/v1/upload/media',
        'code=413',
        (kz) => kz.uploadFile(new Blob(['x'])),
        ApiError,
        'file_too_large',
      ],
      [
        'POST /v1/assets',
        'code=502',
        (kz) => kz.call('createAsset', { body: logo }),
        ServerError,
        'fetch_failed',
      ],
    ];
    for (const [path, prefer, send, ErrorClass, code] of cases) {
      // The mapping of the answer, not the retries before it (tested below), which would wait out
      // the 502's backoff in real time.
      const { kz } = client({ [path]: [prefer] }, { retry: { maxRetries: 0 } });
      const error = (await send(kz).catch((e) => e)) as ApiError;
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error.code).toBe(code);
    }
  });
});

describe('Kubeez: retries', () => {
  it('retries a 429 after the hinted 12 s, and only then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const scenario = scenarioFetch({
      '/v1/generate/media': ['code=429', 'code=200, example=queued'],
    });
    const statuses: number[] = [];
    const kz = createKubeezClient({
      apiKey,
      baseUrl,
      fetch: async (input, init) => {
        const response = await scenario.fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const delays = () => timers.mock.calls.map(([, ms]) => ms);
    const submitted = kz.submit('generateMedia', { body: textToImage }).then(
      ({ handle }) => ({ handle }),
      (error: unknown) => ({ error }),
    );
    // With fake timers, each waitFor check advances the clock by its interval: keep it short.
    await vi.waitFor(() => expect(scenario.sent).toHaveLength(1), { interval: 1 });
    // Then, without moving the clock, until the 429 is in and the transport waits its hint (12 s).
    await spinUntil(() => delays().includes(12_000));
    expect(statuses).toEqual([429]);
    expect(delays()).toContain(12_000);
    timers.mockRestore();
    vi.advanceTimersByTime(11_900);
    // Long enough to see a retry had its timer fired (it goes out within a tick or two).
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(scenario.sent).toHaveLength(1);
    vi.advanceTimersByTime(200);
    await vi.waitFor(() => expect(scenario.sent).toHaveLength(2));
    const outcome = await submitted;
    expect(outcome).toMatchObject({
      handle: { provider: 'kubeez', id: 'abc-123-uuid', statusOperationId: 'getMediaGeneration' },
    });
    expect(statuses).toEqual([429, 200]);
    // Both attempts are the same paid request: 429 proves no work was done.
    expect(scenario.sent[1]!.body).toBe(scenario.sent[0]!.body);
  });

  it('never re-sends a paid POST that got a 500 (Kubeez gives no refunds)', async () => {
    const { kz, scenario } = client({ '/v1/generate/media': ['code=500', 'code=200'] });
    const error = await kz.generateMedia(textToImage, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, code: 'internal_error' });
    expect(requests(scenario.sent)).toEqual(['POST /v1/generate/media']);
  });

  it('does retry a read that got a 500', async () => {
    const scenario = scenarioFetch({ '/v1/balance': ['code=500', 'code=200'] });
    const kz = createKubeezClient({
      apiKey,
      baseUrl,
      fetch: scenario.fetch,
      retry: { baseDelayMs: 1 },
    });
    expect(await kz.call('getBalance', {})).toMatchObject({ credits: 1250 });
    expect(requests(scenario.sent)).toEqual(['GET /v1/balance', 'GET /v1/balance']);
  });
});

describe('Kubeez: waiting for jobs', () => {
  it('declares the documented poll schedule: 5, 5, 5, 10, 10, 15, 15, 30 s, capped at 30 s', () => {
    const { schedule: media } = metadata.operations.getMediaGeneration.job;
    expect(media).toEqual({
      initialDelayMs: 5000,
      sequenceMs: [5000, 5000, 10000, 10000, 15000, 15000, 30000],
      timeoutMs: 900000,
    });
    // Each kind its own first poll: images 5 s, extend (videos only) 30 s, music and separation 60 s.
    expect(metadata.operations.extendMedia.schedule).toEqual({ initialDelayMs: 30000 });
    for (const id of ['getMusicGeneration', 'getSeparation'] as const) {
      expect(metadata.operations[id].job.schedule).toEqual({
        initialDelayMs: 60000,
        sequenceMs: [15000, 15000, 30000],
        timeoutMs: 900000,
      });
    }
    for (const id of ['getMediaGeneration', 'getMusicGeneration', 'getSeparation'] as const) {
      expect(metadata.operations[id].job.states).toEqual({
        running: ['queued', 'running'],
        succeeded: ['completed'],
        failed: ['failed', 'error'],
        cancelled: ['cancelled'],
      });
    }
    // The doc does not list the in-progress states: any non-terminal value reads as in progress.
    for (const state of ['queued', 'running', 'processing', 'generating']) {
      const job = metadata.operations.getMediaGeneration.job;
      expect(readJob(job, { id: 'abc', status: state, outputs: [] }).status).toBe('running');
    }
    // Every wait, the one before the first poll included: the doc's 5, 5, 5, 10, 10, 15, 15, 30 s.
    const { schedule } = metadata.operations.getMediaGeneration.job;
    const next = createPollSchedule(schedule);
    expect([schedule.initialDelayMs, ...Array.from({ length: 9 }, next)]).toEqual([
      5000, 5000, 5000, 10000, 10000, 15000, 15000, 30000, 30000, 30000,
    ]);
    expect(metadata.operations.generateDialogue.status.operationId).toBe('getMediaGeneration');
    expect(metadata.operations.generateAdCopy.status).toMatchObject({ each: true });
  });

  it('generateMedia walks queued → running → completed and returns the output URL', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/abc-123-uuid': [
        'code=200, example=queued',
        'code=200, example=running',
        'code=200, example=completed',
      ],
    });
    const progress: string[] = [];
    const image = await kz.generateMedia(textToImage, {
      schedule: fastSchedule,
      onProgress: (p) => progress.push(p.state),
    });
    expect(image.url).toBe('https://...');
    expect(image.outputs).toEqual(['https://...']);
    expect(image.body.outputs?.[0]?.media_type).toBe('image');
    expect(progress).toEqual(['queued', 'running', 'completed']);
    expect(requests(scenario.sent)).toEqual([
      'POST /v1/generate/media',
      'GET /v1/generate/media/abc-123-uuid',
      'GET /v1/generate/media/abc-123-uuid',
      'GET /v1/generate/media/abc-123-uuid',
    ]);
    expect(JSON.parse(scenario.sent[0]!.body)).toEqual(textToImage);
  });

  it('generateMedia walks queued → failed and throws JobFailedError with the provider message', async () => {
    const { kz } = client({
      '/v1/generate/media/abc-123-uuid': ['code=200, example=queued', 'code=200, example=failed'],
    });
    const error = await kz.generateMedia(textToImage, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({
      state: 'failed',
      providerMessage: 'The upstream provider rejected the prompt.',
      handle: { provider: 'kubeez', id: 'abc-123-uuid', statusOperationId: 'getMediaGeneration' },
    });
  });

  it('a job answering status "error" ends as failed instead of being polled to the timeout', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/abc-123-uuid': ['code=200, example=queued', 'code=200, example=errored'],
    });
    const error = await kz.generateMedia(textToImage, { schedule: fastSchedule }).catch((e) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toMatchObject({ state: 'error', providerMessage: 'Generation failed upstream.' });
    expect(scenario.sent).toHaveLength(3);
  });

  it('a cancelled job ends the wait with JobCancelledError, and Kubeez has no cancel route', async () => {
    const { kz } = client({ '/v1/generate/media/abc-123-uuid': ['code=200, example=cancelled'] });
    const error = await kz.generateMedia(textToImage, { schedule: fastSchedule }).catch((e) => e);
    expect(error.name).toBe('JobCancelledError');
    expect(await kz.cancel(error.handle).catch((e) => e)).toBeInstanceOf(ConfigurationError);
  });

  it('generateDialogue polls the media status route (workflow D)', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/dlg-123-uuid': [
        'code=200, example=queued',
        'code=200, example=completed',
      ],
    });
    const speech = await kz.generateDialogue(rachel, { schedule: fastSchedule });
    expect(speech.handle).toMatchObject({
      id: 'dlg-123-uuid',
      statusOperationId: 'getMediaGeneration',
    });
    expect(speech.url).toBe('https://...');
    expect(requests(scenario.sent)).toEqual([
      'POST /v1/generate/dialogue',
      'GET /v1/generate/media/dlg-123-uuid',
      'GET /v1/generate/media/dlg-123-uuid',
    ]);
  });

  it('generateMusic polls the music route and fails with its message', async () => {
    const { kz, scenario } = client({
      '/v1/generate/music/mus-123-uuid': [
        'code=200, example=running',
        'code=200, example=completed',
      ],
    });
    const song = await kz.generateMusic(
      { model: 'music-model-id', prompt: 'upbeat synthwave track for a product launch video' },
      { schedule: fastSchedule },
    );
    expect(song.url).toBe('https://...');
    expect(requests(scenario.sent).slice(1)).toEqual([
      'GET /v1/generate/music/mus-123-uuid',
      'GET /v1/generate/music/mus-123-uuid',
    ]);

    const failing = client({ '/v1/generate/music/mus-123-uuid': ['code=200, example=failed'] });
    const error = await failing.kz
      .generateMusic({ model: 'music-model-id', prompt: 'synthwave' }, { schedule: fastSchedule })
      .catch((e) => e);
    expect(error).toMatchObject({
      name: 'JobFailedError',
      providerMessage: 'Music generation failed upstream.',
    });
  });

  it('extendMedia and separateAudio follow their status links', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/def-456-uuid': [
        'code=200, example=running',
        'code=200, example=completedVeo',
      ],
      '/v1/generate/separation/sep-123-uuid': [
        'code=200, example=queued',
        'code=200, example=completed',
      ],
    });
    const extended = await kz.extendMedia(
      { source_task_id: 'veo-task-123', prompt: 'the camera keeps pushing in as the sun sets' },
      { schedule: fastSchedule },
    );
    expect(extended.body.source_task_id).toBe('veo-task-123');
    expect(extended.handle.id).toBe('def-456-uuid');
    const stems = await kz.separateAudio(
      { media_url: 'https://storage.../song.mp3' },
      { schedule: fastSchedule },
    );
    expect(stems).toMatchObject({
      vocalsUrl: 'https://.../vocals.mp3',
      instrumentalUrl: 'https://.../instrumental.mp3',
    });
    expect(requests(scenario.sent)).toEqual([
      'POST /v1/generate/media/extend',
      'GET /v1/generate/media/def-456-uuid',
      'GET /v1/generate/media/def-456-uuid',
      'POST /v1/generate/separation',
      'GET /v1/generate/separation/sep-123-uuid',
      'GET /v1/generate/separation/sep-123-uuid',
    ]);
  });

  it('a handle survives JSON and resumes with wait()', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/abc-123-uuid': ['code=200, example=completed'],
    });
    const { handle } = await kz.submit('generateMedia', { body: textToImage });
    const restored = JSON.parse(JSON.stringify(handle)) as JobHandle;
    const done = await kz.wait(restored, { schedule: fastSchedule });
    expect(done.outputs).toEqual(['https://...']);
    expect(requests(scenario.sent)).toEqual([
      'POST /v1/generate/media',
      'GET /v1/generate/media/abc-123-uuid',
    ]);
  });
});

describe('Kubeez: waitAll polls in bulk through listGenerations', () => {
  const adCopy = { reference_ad_url: 'https://cdn.example.com/reference-ad.jpg', variant_count: 3 };

  it('looks for the ad-copy jobs in one list request, then asks directly for ids it lacks', async () => {
    const twoPolls = ['code=200, example=queued', 'code=200, example=completed'];
    const { kz, scenario } = client({
      '/v1/generate/media/ad-1-uuid': twoPolls,
      '/v1/generate/media/ad-2-uuid': twoPolls,
      '/v1/generate/media/ad-3-uuid': twoPolls,
    });
    const { handles, body } = await kz.submit('generateAdCopy', { body: adCopy });
    expect(body.project_id).toBeTypeOf('string');
    expect(handles.map((h) => h.id)).toEqual(['ad-1-uuid', 'ad-2-uuid', 'ad-3-uuid']);
    const results = await kz.waitAll(handles, { schedule: fastSchedule });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);

    // The scripted list example holds abc-123-uuid and mus-123-uuid only: after the first round's
    // list request shows none of the ad ids, each is asked about on its own status route.
    const rounds = requests(scenario.sent.slice(1));
    const statusPolls = (...ids: number[]) => ids.map((i) => `GET /v1/generate/media/ad-${i}-uuid`);
    expect(rounds[0]).toBe('GET /v1/generations');
    expect(rounds.slice(1, 4).sort()).toEqual(statusPolls(1, 2, 3));
    expect(rounds.slice(4).sort()).toEqual(statusPolls(1, 2, 3));
    expect(rounds).toHaveLength(7);
  });

  it('settles a listed job from the list alone, without a status request of its own', async () => {
    const { kz, scenario } = client();
    // The submit examples return the ids the list example shows: abc-123-uuid (completed) and
    // mus-123-uuid (running, forever in a stateless mock).
    const { handle: image } = await kz.submit('generateMedia', { body: textToImage });
    const { handle: song } = await kz.submit('generateMusic', {
      body: { model: 'music-model-id', prompt: 'synthwave' },
    });
    const [done, running] = await kz.waitAll([image, song], {
      schedule: fastSchedule,
      timeoutMs: 60,
    });
    expect(done).toMatchObject({
      status: 'fulfilled',
      value: { state: 'completed', outputs: ['https://...'] },
    });
    expect(running).toMatchObject({ status: 'rejected', handle: { id: 'mus-123-uuid' } });
    expect((running as { reason: unknown }).reason).toBeInstanceOf(WaitTimeoutError);
    const polls = requests(scenario.sent.slice(2));
    expect(polls[0]).toBe('GET /v1/generations');
    expect(polls).not.toContain('GET /v1/generate/media/abc-123-uuid');
  });

  it('generateAdCopy waits for every creative and keeps the project id', async () => {
    const done = ['code=200, example=completed'];
    const { kz } = client({
      '/v1/generate/media/ad-1-uuid': done,
      '/v1/generate/media/ad-2-uuid': done,
      '/v1/generate/media/ad-3-uuid': ['code=200, example=failed'],
    });
    const ads = await kz.generateAdCopy(adCopy, { schedule: fastSchedule });
    expect(ads.projectId).toBe('proj-123-uuid');
    expect(ads.handles.map((h) => h.id)).toEqual(['ad-1-uuid', 'ad-2-uuid', 'ad-3-uuid']);
    expect(ads.results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((ads.results[2] as { reason: unknown }).reason).toBeInstanceOf(JobFailedError);
  });
});

describe('Kubeez workflows', () => {
  it('B: uploads a local file, then generates from its URL', async () => {
    const { kz, scenario } = client({
      '/v1/generate/media/abc-123-uuid': ['code=200, example=completed'],
    });
    const photo = new File([new Uint8Array([0xff, 0xd8])], 'photo.jpg', { type: 'image/jpeg' });
    const edited = await kz.generateFromFile(
      photo,
      {
        model: 'nano-banana-2',
        prompt: 'replace background with sunset',
        aspect_ratio: '1:1',
        generation_type: 'image-to-image',
      } satisfies GenerateMediaInput,
      { schedule: fastSchedule },
    );
    expect(edited.url).toBe('https://...');
    expect(requests(scenario.sent)).toEqual([
      'POST /v1/upload/media',
      'POST /v1/generate/media',
      'GET /v1/generate/media/abc-123-uuid',
    ]);
    expect(JSON.parse(scenario.sent[1]!.body)).toEqual({
      model: 'nano-banana-2',
      prompt: 'replace background with sunset',
      aspect_ratio: '1:1',
      generation_type: 'image-to-image',
      source_media_urls: ['https://storage.../photo.jpg'],
    });
  });

  it('C: ensureAsset returns an existing asset by name with one list request', async () => {
    const { kz, scenario } = client();
    const logo = await kz.ensureAsset('acme-logo', 'https://cdn.example.com/logo.png');
    expect(logo).toMatchObject({ id: 'a1b2c3', name: 'acme-logo' });
    expect(logo.url).toBe('https://cdn.kubeez.com/...signed...');
    expect(requests(scenario.sent)).toEqual(['GET /v1/assets']);
  });

  it('C: ensureAsset creates an asset the library lacks', async () => {
    const { kz, scenario } = client();
    const asset = await kz.ensureAsset('brand-mark', 'https://cdn.example.com/mark.png');
    expect(asset.url).toBe('https://cdn.kubeez.com/...signed...');
    expect(requests(scenario.sent)).toEqual(['GET /v1/assets', 'POST /v1/assets']);
    expect(JSON.parse(scenario.sent[1]!.body)).toEqual({
      name: 'brand-mark',
      url: 'https://cdn.example.com/mark.png',
    });
  });

  it('C: ensureAsset lists again after 409 name_taken and returns the winner', async () => {
    const { kz, scenario } = client({
      // First a library without the name (random data from the schema), then the documented one.
      'GET /v1/assets': ['dynamic=true', 'code=200, example=library'],
      'POST /v1/assets': ['code=409'],
    });
    const logo = await kz.ensureAsset('acme-logo', 'https://cdn.example.com/logo.png');
    expect(logo).toMatchObject({ id: 'a1b2c3', name: 'acme-logo' });
    expect(requests(scenario.sent)).toEqual([
      'GET /v1/assets',
      'POST /v1/assets',
      'GET /v1/assets',
    ]);
  });

  it('cost preview reads the public catalog once (cached), with flat extend prices', async () => {
    await withoutEnvKey(async () => {
      const scenario = scenarioFetch({ 'seedance-2.json': ['code=200, example=family'] });
      const kz = createKubeezClient({ baseUrl, fetch: scenario.fetch });
      const flat = await kz.previewCost('nano-banana-2');
      expect(flat).toEqual({
        model_id: 'nano-banana-2',
        model_type: 'image',
        billing: 'flat',
        cost_per_generation: 8,
        cost_note: null,
        extend_prices: { lite: 45, fast: 75, quality: 300 },
      });
      await kz.previewCost('nano-banana-2');
      expect(requests(scenario.sent)).toEqual(['GET /docs/models/nano-banana-2.json']);

      const family = await kz.getModels('seedance-2');
      expect(family.map((m) => m.model_id)).toEqual(['seedance-2-fast', 'seedance-2-pro']);
      expect(await kz.getModel('seedance-2').catch((e) => e)).toBeInstanceOf(NotFoundError);
      expect(kz.previewExtendCost()).toBe(75);
      expect(kz.previewExtendCost('quality')).toBe(300);

      const catalog = await kz.getCatalog();
      await kz.getCatalog();
      expect(catalog.find((m) => m.model_id === 'text-to-dialogue-v3')?.voice_allowlist).toContain(
        'Grimblewood',
      );
      await kz.getCatalog({ refresh: true });
      expect(requests(scenario.sent).filter((r) => r === 'GET /docs/models.json')).toHaveLength(2);
      expect(scenario.sent.some((r) => r.headers.has('x-api-key'))).toBe(false);
    });
  });

  it('cost preview of a per-second model shows its cost_note', async () => {
    const scenario = scenarioFetch({ 'seedance-2-fast.json': ['code=200, example=family'] });
    const kz = createKubeezClient({ baseUrl, fetch: scenario.fetch });
    expect(await kz.previewCost('seedance-2-fast')).toMatchObject({
      billing: 'per-second',
      cost_per_generation: null,
      cost_note: 'Per second of output.',
    });
  });
});
