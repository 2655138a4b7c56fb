/**
 * @mediagen/ai-sdk through the `ai` package's own functions against @mediagen/mock, for every
 * model family and provider: a success (bytes, media type, the job's handle in providerMetadata),
 * input refused before sending (the mock's ledger unchanged), a failed job, an abort, and a warning
 * for a common option the model has no field for. And a job that ends on its callback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import {
  createKillaTamata,
  createMediagen,
  type MediagenProvider,
  type MediagenSettings,
  type RequestFetch,
} from '@mediagen/ai-sdk';
import { createKillaTamataClient } from '@mediagen/killatamata';
import { type MockServer, startMock } from '@mediagen/mock';
import { AbortError, JobCancelledError, JobFailedError, toNodeListener } from '@mediagen/runtime';
import {
  experimental_generateVideo,
  generateImage,
  generateSpeech,
  transcribe,
  type Warning,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The warnings are asserted below; `ai` would also print each one.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const PROVIDERS = ['happyhorse', 'horacle', 'killatamata', 'kubeez', 'vydra'] as const;
type Provider = (typeof PROVIDERS)[number];
const mocks = {} as Record<Provider, MockServer>;

beforeAll(async () => {
  await Promise.all(PROVIDERS.map(async (p) => (mocks[p] = await startMock(p))));
}, 60_000);
afterAll(() => Promise.all(Object.values(mocks).map((m) => m.close())));

/** Every provider on its mock, polling at once and every 5 ms (the mock needs no documented wait). */
function mediagenOnMocks(
  extra: {
    headers?: Record<string, string>;
    onProgress?: () => void;
    download?: { maxDownloadBytes?: number };
    fetch?: RequestFetch;
  } = {},
) {
  const settings: MediagenSettings = {};
  for (const p of PROVIDERS) {
    settings[p] = {
      baseUrl: mocks[p].url,
      apiKey: 'test-key',
      rateLimits: false, // the mock needs no pacing
      ...(extra.headers ? { headers: extra.headers } : {}),
      ...(extra.download ? { download: extra.download } : {}),
      ...(extra.fetch ? { fetch: extra.fetch } : {}),
      job: {
        schedule: { initialDelayMs: 0, intervalMs: 5, maxIntervalMs: 5, sequenceMs: [5] },
        ...(extra.onProgress ? { onProgress: extra.onProgress } : {}),
      },
    } as never;
  }
  return createMediagen(settings);
}

/** A fetch that records the JSON bodies a client POSTs, then sends them on. */
function recordingPosts() {
  const bodies: Record<string, unknown>[] = [];
  const record: RequestFetch = async (request) => {
    const json = request.headers.get('content-type')?.includes('json');
    if (request.method === 'POST' && json) bodies.push(await request.clone().json());
    return fetch(request);
  };
  return { bodies, fetch: record };
}

const audio = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]); // an ID3 (mp3) header

/** One model family call through `ai`, with the common options a case adds. */
type Call = (
  m: MediagenProvider,
  extra: Record<string, unknown>,
  abortSignal?: AbortSignal,
) => Promise<{
  warnings: Warning[];
  providerMetadata: unknown;
  bytes: Uint8Array;
  mediaType: string;
}>;

/** A call through one of `ai`'s functions, with the case's options and the abort signal. */
function through<Result>(
  generate: (m: MediagenProvider, options: Record<string, unknown>) => Promise<Result>,
  read: (result: Result) => Awaited<ReturnType<Call>>,
): Call {
  return async (m, extra, abortSignal) =>
    read(await generate(m, { ...extra, ...(abortSignal ? { abortSignal } : {}) }));
}

type ModelOf<F extends (options: never) => unknown> = Parameters<F>[0] extends { model: infer M }
  ? M
  : never;

const image = (
  model: (m: MediagenProvider) => ModelOf<typeof generateImage>,
  prompt = 'a red fox',
) =>
  through(
    (m, options) => generateImage({ model: model(m), prompt, ...options }),
    (r) => ({
      warnings: r.warnings,
      providerMetadata: r.calls[0]?.providerMetadata,
      bytes: r.image.uint8Array,
      mediaType: r.image.mediaType,
    }),
  );

const video = (
  model: (m: MediagenProvider) => ModelOf<typeof experimental_generateVideo>,
  prompt = 'mountains at sunrise',
) =>
  through(
    (m, options) => experimental_generateVideo({ model: model(m), prompt, ...options }),
    (r) => ({ ...r, bytes: r.video.uint8Array, mediaType: r.video.mediaType }),
  );

const speech = (
  model: (m: MediagenProvider) => ModelOf<typeof generateSpeech>,
  base: Record<string, unknown> = {},
) =>
  through(
    (m, options) =>
      generateSpeech({ model: model(m), text: 'Welcome to mediagen.', ...base, ...options }),
    (r) => ({ ...r, bytes: r.audio.uint8Array, mediaType: r.audio.mediaType }),
  );

const transcription = (
  model: (m: MediagenProvider) => ModelOf<typeof transcribe>,
  input: Uint8Array | URL = audio,
) =>
  through(
    (m, options) => transcribe({ model: model(m), audio: input, ...options }),
    (r) => ({ ...r, bytes: new TextEncoder().encode(r.text), mediaType: 'text/plain' }),
  );

interface Case {
  name: string;
  provider: Provider;
  call: Call;
  /** Common options that make the body invalid by the spec. */
  invalid: Call;
  /** A common option this model has no field for, and the feature the warning names. */
  unsupported: [Record<string, unknown>, string];
  mediaType: RegExp;
}

const CASES: Case[] = [
  // Images
  {
    name: 'Horacle image',
    provider: 'horacle',
    call: image((m) => m.horacle.image('nano-banana')),
    invalid: image((m) => m.horacle.image('nano-banana'), ''),
    unsupported: [{ seed: 7 }, 'seed'],
    mediaType: /^image\//,
  },
  {
    name: 'Killa Tamata image.generate',
    provider: 'killatamata',
    call: image((m) => m.killatamata.image('image.generate')),
    invalid: (m, e, s) =>
      image((x) => x.killatamata.image('image.generate'))(m, { ...e, size: '1000x1000' }, s),
    unsupported: [{ aspectRatio: '16:9' }, 'aspectRatio'],
    mediaType: /^image\//,
  },
  {
    name: 'Kubeez image',
    provider: 'kubeez',
    call: image((m) => m.kubeez.image('nano-banana-2')),
    invalid: image((m) => m.kubeez.image('nano-banana-2'), ''),
    unsupported: [{ size: '1024x1024' }, 'size'],
    mediaType: /^image\//,
  },
  {
    name: 'Vydra Grok Imagine image',
    provider: 'vydra',
    call: image((m) => m.vydra.image('grok-imagine')),
    invalid: image((m) => m.vydra.image('grok-imagine'), ''),
    unsupported: [{ seed: 7 }, 'seed'],
    mediaType: /^image\//,
  },
  // Videos
  {
    name: 'HappyHorse video',
    provider: 'happyhorse',
    call: video((m) => m.happyhorse.video()),
    invalid: (m, e, s) => video((x) => x.happyhorse.video())(m, { ...e, duration: 20 }, s),
    unsupported: [{ fps: 24 }, 'fps'],
    mediaType: /^video\//,
  },
  {
    name: 'Horacle video',
    provider: 'horacle',
    call: video((m) => m.horacle.video('kling-2.6')),
    invalid: (m, e, s) => video((x) => x.horacle.video('kling-2.6'))(m, { ...e, duration: 20 }, s),
    unsupported: [{ seed: 7 }, 'seed'],
    mediaType: /^video\//,
  },
  {
    name: 'Killa Tamata video.generate',
    provider: 'killatamata',
    call: video((m) => m.killatamata.video()),
    invalid: (m, e, s) =>
      video((x) => x.killatamata.video())(m, { ...e, resolution: '1000x1000' }, s),
    unsupported: [{ fps: 24 }, 'fps'],
    mediaType: /^video\//,
  },
  {
    name: 'Kubeez video',
    provider: 'kubeez',
    call: video((m) => m.kubeez.video('seedance-2')),
    invalid: video((m) => m.kubeez.video('seedance-2'), ''),
    unsupported: [{ seed: 7 }, 'seed'],
    // The spec cannot tell an image job from a video job (the live catalog's model decides), so
    // the mock answers with its one completed example, an image; the media type is the host's.
    mediaType: /^(video|image)\//,
  },
  {
    name: 'Vydra Veo 3 video',
    provider: 'vydra',
    call: video((m) => m.vydra.video('veo3')),
    invalid: (m, e, s) => video((x) => x.vydra.video('veo3'))(m, { ...e, aspectRatio: '4:3' }, s),
    unsupported: [{ duration: 8 }, 'duration'],
    mediaType: /^video\//,
  },
  // Speech
  {
    name: 'Horacle TTS',
    provider: 'horacle',
    call: speech((m) => m.horacle.speech('eleven_multilingual_v2')),
    invalid: speech((m) => m.horacle.speech('eleven_multilingual_v2'), { text: '' }),
    unsupported: [{ speed: 1.2 }, 'speed'],
    mediaType: /^audio\//,
  },
  {
    name: 'Killa Tamata audio.speak',
    provider: 'killatamata',
    call: speech((m) => m.killatamata.speech()),
    invalid: speech((m) => m.killatamata.speech(), { text: 'x'.repeat(6001) }),
    unsupported: [{ speed: 1.2 }, 'speed'],
    mediaType: /^audio\//,
  },
  {
    name: 'Kubeez dialogue',
    provider: 'kubeez',
    call: speech((m) => m.kubeez.speech(), { voice: 'Rachel' }),
    // Any voice name is accepted (the doc calls the live voice_allowlist authoritative).
    invalid: speech((m) => m.kubeez.speech(), {
      voice: 'Rachel',
      providerOptions: { kubeez: { stability: 5 } },
    }),
    unsupported: [{ instructions: 'slowly' }, 'instructions'],
    mediaType: /^audio\//,
  },
  {
    name: 'Vydra TTS',
    provider: 'vydra',
    call: speech((m) => m.vydra.speech('elevenlabs-tts')),
    invalid: speech((m) => m.vydra.speech(''), {}),
    unsupported: [{ voice: 'Rachel' }, 'voice'],
    mediaType: /^audio\//,
  },
  // Transcription
  {
    name: 'Killa Tamata annotation',
    provider: 'killatamata',
    call: transcription((m) => m.killatamata.transcription()),
    invalid: (m, e, s) =>
      transcription((x) => x.killatamata.transcription())(
        m,
        {
          ...e,
          providerOptions: {
            killatamata: { sourceAudio: { dataBase64: 'AAAA', mimeType: 'audio/x-unknown' } },
          },
        },
        s,
      ),
    // The annotation documents word timings, lyrics, sections and beats: no segments.
    unsupported: [{ timestampGranularities: ['segment'] }, 'timestampGranularities'],
    mediaType: /^text\//,
  },
  {
    name: 'Horacle speech to text',
    provider: 'horacle',
    // By URL: Horacle fetches it itself. Bytes go through Horacle's signed upload link, which the
    // mock names off this machine.
    call: transcription((m) => m.horacle.transcription(), new URL('https://example.com/voice.mp3')),
    invalid: transcription((m) => m.horacle.transcription(), new Uint8Array()),
    unsupported: [{ timestampGranularities: ['word'] }, 'timestampGranularities'],
    mediaType: /^text\//,
  },
];

describe.each(CASES)('$name through ai', (testCase) => {
  const { provider, call, invalid, unsupported, mediaType } = testCase;

  it('succeeds with the output as bytes and the job in providerMetadata', async () => {
    const before = mocks[provider].ledger.length;
    const result = await call(mediagenOnMocks(), {});
    expect(result.bytes.length).toBeGreaterThan(0);
    expect(result.mediaType).toMatch(mediaType);
    const metadata = (
      result.providerMetadata as Record<string, { jobId?: string; handle?: { id: string } }>
    )[provider];
    expect(metadata?.jobId).toEqual(expect.any(String));
    expect(metadata?.handle?.id).toBe(metadata?.jobId);
    expect(mocks[provider].ledger.length).toBe(before + 1);
  });

  it('refuses invalid input before sending, so nothing is charged', async () => {
    const before = mocks[provider].ledger.length;
    const error = await invalid(mediagenOnMocks(), {}).catch((e: unknown) => e);
    expect(InvalidArgumentError.isInstance(error), String(error)).toBe(true);
    expect(mocks[provider].ledger.length).toBe(before);
  });

  it('ends a failed job in an APICallError with the typed JobFailedError as cause', async () => {
    const failing = mediagenOnMocks({ headers: { 'X-Mediagen-Mock': 'outcome=failed' } });
    const error = await call(failing, {}).catch((e: unknown) => e);
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.cause).toBeInstanceOf(JobFailedError);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.data).toMatchObject({ handle: { provider }, jobMayExist: true });
  });

  it('stops on abort, with the job handle', async () => {
    const controller = new AbortController();
    const slow = mediagenOnMocks({
      headers: { 'X-Mediagen-Mock': 'steps=1000' },
      onProgress: () => controller.abort(),
    });
    const error = await call(slow, {}, controller.signal).catch((e: unknown) => e);
    // Vydra cancels an aborted job and reports the refund, as its client does.
    const typed = APICallError.isInstance(error) ? error.cause : error;
    expect(typed instanceof AbortError || typed instanceof JobCancelledError, String(error)).toBe(
      true,
    );
    expect((typed as AbortError).handle?.provider).toBe(provider);
  });

  it('warns about a common option it has no field for', async () => {
    const result = await call(mediagenOnMocks(), unsupported[0]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported', feature: unsupported[1] }),
    );
  });
});

describe('charges', () => {
  it('makes n images n jobs, each charged once', async () => {
    const before = mocks.horacle.ledger.length;
    const { images } = await generateImage({
      model: mediagenOnMocks().horacle.image('nano-banana'),
      prompt: 'a red fox',
      n: 2,
    });
    expect(images).toHaveLength(2);
    expect(mocks.horacle.ledger.length).toBe(before + 2);
  });

  it('warns when a call asks one job for more images than it makes', async () => {
    const before = mocks.horacle.ledger.length;
    const { images, warnings } = await generateImage({
      model: mediagenOnMocks().horacle.image('nano-banana'),
      prompt: 'a red fox',
      n: 2,
      maxImagesPerCall: 2,
    });
    expect(images).toHaveLength(1);
    expect(mocks.horacle.ledger.length).toBe(before + 1);
    expect(warnings).toContainEqual(expect.objectContaining({ type: 'unsupported', feature: 'n' }));
  });

  // The mock's submit answer carries the spec's assumed hold and estimate, its status the charge.
  it("carries Killa Tamata's submit-time estimate and its charge in providerMetadata", async () => {
    const { providerMetadata } = await generateImage({
      model: mediagenOnMocks().killatamata.image('image.generate'),
      prompt: 'cinematic fox astronaut',
    });
    const [metadata] = (providerMetadata.killatamata as { images: unknown[] }).images;
    expect(metadata).toMatchObject({ estimated: '0.04', usdCharged: '0.04' });
  });

  it("never lets ai's own retry submit a paid job again after a 5xx", async () => {
    const before = mocks.happyhorse.ledger.length;
    const faulty = mediagenOnMocks({ headers: { 'X-Mediagen-Mock': 'fault-rate=1; faults=5xx' } });
    const error = await experimental_generateVideo({
      model: faulty.happyhorse.video(),
      prompt: 'mountains at sunrise',
      maxRetries: 2,
    }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect((error as APICallError).isRetryable).toBe(false);
    expect(mocks.happyhorse.ledger.length).toBe(before + 1);
  });

  it('caps each output at the download settings, keeping the paid job', async () => {
    const capped = mediagenOnMocks({ download: { maxDownloadBytes: 16 } });
    const error = await speech((m) => m.horacle.speech('eleven_multilingual_v2'))(capped, {}).catch(
      (e: unknown) => e,
    );
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect((error as APICallError).message).toContain('maxDownloadBytes (16)');
    expect((error as APICallError).data).toMatchObject({
      handle: { provider: 'horacle' },
      jobMayExist: true,
    });
  });

  it('refuses image bytes HappyHorse cannot take before sending', async () => {
    const before = mocks.happyhorse.ledger.length;
    const error = await experimental_generateVideo({
      model: mediagenOnMocks().happyhorse.video(),
      prompt: { image: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), text: 'animate this' },
    }).catch((e: unknown) => e);
    expect(InvalidArgumentError.isInstance(error), String(error)).toBe(true);
    expect(mocks.happyhorse.ledger.length).toBe(before);
  });
});

describe('frames', () => {
  // HappyHorse's image_urls are positional (first frame, then last frame): a last frame alone
  // would be read as the first.
  it('never sends a HappyHorse last frame alone as its first frame', async () => {
    const { bodies, fetch } = recordingPosts();
    const { warnings } = await experimental_generateVideo({
      model: mediagenOnMocks({ fetch }).happyhorse.video(),
      prompt: 'the sun sets behind the ridge',
      frameImages: [{ image: 'https://example.com/end.jpg', frameType: 'last_frame' }],
    });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('image_urls');
    expect(warnings).toContainEqual(expect.objectContaining({ feature: 'lastFrame' }));
  });
});

describe('values a provider cannot take', () => {
  // 'adaptive' asks for the input media's ratio, which no field of these takes.
  const adaptive: [string, (m: MediagenProvider) => ModelOf<typeof experimental_generateVideo>][] =
    [
      ['HappyHorse without an image', (m) => m.happyhorse.video()],
      ['Horacle', (m) => m.horacle.video('kling-2.6')],
      ['Killa Tamata', (m) => m.killatamata.video()],
      ['Kubeez', (m) => m.kubeez.video('seedance-2')],
      ['Vydra Veo 3', (m) => m.vydra.video('veo3')],
      ['Vydra Grok Imagine', (m) => m.vydra.video('grok-imagine')],
    ];
  it.each(adaptive)("never sends aspectRatio 'adaptive' to %s, and warns", async (_, model) => {
    const { bodies, fetch } = recordingPosts();
    const { warnings } = await experimental_generateVideo({
      model: model(mediagenOnMocks({ fetch })),
      prompt: 'mountains at sunrise',
      aspectRatio: 'adaptive',
    });
    expect(bodies).toHaveLength(1);
    expect(JSON.stringify(bodies[0])).not.toMatch(/aspect/i);
    expect(warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported', feature: 'aspectRatio' }),
    );
  });

  // With image_urls, HappyHorse adapts the ratio to the image itself (its doc).
  it("lets HappyHorse adapt to an input image without a warning for 'adaptive'", async () => {
    const { bodies, fetch } = recordingPosts();
    const { warnings } = await experimental_generateVideo({
      model: mediagenOnMocks({ fetch }).happyhorse.video(),
      prompt: { image: 'https://example.com/start.jpg', text: 'animate this' },
      aspectRatio: 'adaptive',
    });
    expect(bodies[0]).toMatchObject({ image_urls: ['https://example.com/start.jpg'] });
    expect(bodies[0]).not.toHaveProperty('aspect_ratio');
    expect(warnings).toEqual([]);
  });

  it('asks Killa Tamata for word timings without a warning: its annotation has them', async () => {
    const { warnings } = await transcribe({
      model: mediagenOnMocks().killatamata.transcription(),
      audio,
      timestampGranularities: ['word'],
    });
    expect(warnings).toEqual([]);
  });

  // The doc's language_code is a code such as `en` and names no automatic detection.
  it("never sends Kubeez language 'auto' as language_code, and warns", async () => {
    const { bodies, fetch } = recordingPosts();
    const { warnings } = await generateSpeech({
      model: mediagenOnMocks({ fetch }).kubeez.speech(),
      text: 'Welcome to mediagen.',
      voice: 'Rachel',
      language: 'auto',
    });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('language_code');
    expect(warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported', feature: 'language' }),
    );
  });
});

describe('callbacks', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  // The safety-net polls a callback wait keeps are the documented schedule stretched twenty-fold,
  // so a job that ends in a second ended on the callback.
  it('end a Killa Tamata job on the terminal callback the mock delivers', async () => {
    const token = 'a-long-random-callback-secret';
    const client = createKillaTamataClient({
      baseUrl: mocks.killatamata.url,
      apiKey: 'test-key',
      rateLimits: false,
      // A job that reports back by callback moves by time on the mock: 10 ms a step.
      headers: { 'X-Mediagen-Mock': 'step-ms=10' },
    });
    server = createServer(toNodeListener(client.createCallbackHandler({ token })));
    await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/killatamata`;
    const killatamata = createKillaTamata({ client, job: { callback: { url, token } } });

    const { image, providerMetadata } = await generateImage({
      model: killatamata.image('image.generate'),
      prompt: 'cinematic fox astronaut',
    });
    const { jobId } = (providerMetadata.killatamata as { images: { jobId: string }[] }).images[0]!;
    expect(image.mediaType).toMatch(/^image\//);
    const delivery = mocks.killatamata.deliveries.find((d) => d.jobId === jobId);
    expect(delivery?.status).toBeLessThan(300);
  });
});
