import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  createKillaTamataClient,
  estimateCost,
  metadata,
  type Task,
  type TaskInput,
} from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import { toNodeListener, ValidationError } from '@mediagen/runtime';
import { validateInput } from '@mediagen/runtime/provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fastSchedule, scenarioFetch } from './helpers/scenario-fetch.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const baseUrl = inject('mocks').killatamata!;
const apiKey = 'kt_live_test_0123456789';
const fox = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 } as const;
const schedule = { schedule: fastSchedule } as const;

// biome-ignore lint/suspicious/noExplicitAny: the bundled spec is untyped JSON.
type Json = any;
const spec: Json = JSON.parse(
  readFileSync(
    new URL('../packages/killatamata/src/generated/openapi.json', import.meta.url),
    'utf8',
  ),
);

function client(script?: Record<string, string[]>) {
  const scenario = scenarioFetch(script, { baseUrl });
  return {
    scenario,
    kt: createKillaTamataClient({ apiKey, baseUrl, fetch: scenario.fetch }),
  };
}

/** Every documented operation, with the request its examples describe. */
function documentedRequests() {
  return Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => ['get', 'post', 'patch', 'delete', 'put'].includes(method))
      .map(([method, op]) => {
        const query = new URLSearchParams();
        const headers = new Headers({ authorization: `Bearer ${apiKey}` });
        for (const p of op.parameters ?? []) {
          if (p.in === 'query' && p.example !== undefined) query.set(p.name, String(p.example));
          if (p.in === 'header' && p.required) headers.set(p.name, String(p.example));
        }
        // The mock knows only the jobs it issued; the documented example answers for this one.
        if (op['x-mediagen-job-status'])
          headers.set('prefer', 'code=200, example=completedWithDetails');
        if (op.security?.some((s: Json) => 'browserSession' in s)) {
          headers.set('cookie', 'killa_tamata_browser_session=test-session');
        }
        const content = op.requestBody?.content ?? {};
        let body: BodyInit | undefined;
        if (content['application/json']) {
          const examples = Object.values<Json>(content['application/json'].examples ?? {});
          body = JSON.stringify(examples[0]?.value ?? {});
          headers.set('content-type', 'application/json');
        } else if (content['application/octet-stream']) {
          body = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
          headers.set('content-type', 'application/octet-stream');
        }
        const qs = query.size > 0 ? `?${query}` : '';
        return { name: `${method.toUpperCase()} ${path}${qs}`, path, method, qs, headers, body };
      }),
  );
}

describe('Killa Tamata contract (mock)', () => {
  it('declares all 57 documented operations', () => {
    expect(documentedRequests()).toHaveLength(57);
    expect(Object.keys(metadata.operations)).toHaveLength(57);
  });

  it.each(documentedRequests())('$name answers with its documented success', async (r) => {
    const response = await fetch(`${baseUrl}${r.path}${r.qs}`, {
      method: r.method.toUpperCase(),
      headers: r.headers,
      ...(r.body !== undefined ? { body: r.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    });
    await response.body?.cancel();
    expect(response.status, `${r.name} → ${response.status}`).toBeLessThan(400);
  });

  const submitExamples = Object.entries(
    spec.paths['/api/v1/media/jobs'].post.requestBody.content['application/json']
      .examples as Record<string, { value: { task: Task; input: TaskInput<Task> } }>,
  );

  it.each(submitExamples)(
    'the documented %s submit passes the client check and the mock',
    async (_name, { value }) => {
      expect(validateInput(metadata.operations.submitMediaJob.input, value)).toEqual([]);
      const { kt } = client();
      const { handle } = await kt.submit('submitMediaJob', { body: value as never });
      expect(handle.statusOperationId).toBe('getMediaJob');
    },
  );

  it('generates an image: idempotency key in header and body, outputs and billing', async () => {
    const { kt, scenario } = client({
      'GET /api/v1/media/jobs': ['code=200, example=running', 'code=200, example=completed'],
    });
    // A key of its own: the shared mock replays any key another test (or README example) used.
    const idempotencyKey = `job-${crypto.randomUUID()}`;
    const result = await kt.generate('image.generate', fox, { ...schedule, idempotencyKey });
    expect(result.status).toBe('succeeded');
    expect(result.outputUrls[0]).toMatch(/^https:\/\/.+output_0001\.webp$/);
    expect(result.billing).toEqual({ usdCharged: '0.04' });
    const submit = scenario.sent.find((s) => s.method === 'POST')!;
    expect(submit.headers.get('x-idempotency-key')).toBe(idempotencyKey);
    expect(JSON.parse(submit.body)).toMatchObject({
      task: 'image.generate',
      idempotencyKey,
    });
    expect(submit.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it('reads includeDetails=1', async () => {
    const { kt } = client({ '/api/v1/media/jobs': ['code=200, example=completedWithDetails'] });
    const job = await kt.call('getMediaJob', {
      params: { query: { jobId: 'job_abc123', includeDetails: '1' } },
    });
    expect(job.detailsIncluded).toBe(true);
    expect(job.effectiveInput).toEqual(fox);
  });

  it.each(['terminated', 'failed'])('a %s job fails the wait with its state', async (example) => {
    const { kt } = client({ 'GET /api/v1/media/jobs': [`code=200, example=${example}`] });
    await expect(kt.generate('image.generate', fox, schedule)).rejects.toMatchObject({
      name: 'JobFailedError',
      state: example,
    });
  });

  it.each(['canceled', 'cancelled'])('%s ends the wait as a cancellation', async (example) => {
    const { kt } = client({ 'GET /api/v1/media/jobs': [`code=200, example=${example}`] });
    await expect(kt.generate('image.generate', fox, schedule)).rejects.toMatchObject({
      name: 'JobCancelledError',
    });
  });
});

// [name, task, input, the field refused]. Inputs as plain JavaScript sends them: several of these
// no longer compile against the typed inputs, which is the point of #20.
type Invalid = [string, Task, Record<string, unknown>, string];
const invalid: Invalid[] = [
  ['a width not a multiple of 32', 'image.generate', { ...fox, width: 1000 }, '/input/width'],
  ['a size over 4 MP', 'image.generate', { width: 4096, height: 2048 }, '/input/width'],
  ['durationFrames 250', 'video.generate', { durationFrames: 250 }, '/input/durationFrames'],
  ['interpolationFps 20', 'video.generate', { interpolationFps: 20 }, '/input/interpolationFps'],
  ['text over 6000 characters', 'audio.speak', { text: 'x'.repeat(6001) }, '/input/text'],
  [
    'a voice description with an unknown tag',
    'audio.speak',
    { text: 'hi', voiceDescription: 'female, robot' },
    '/input/voiceDescription',
  ],
  ['ace-step at 300 s', 'ace.step.create', { durationSeconds: 300 }, '/input/durationSeconds'],
  ['moss at 40 s', 'moss.sound.effect', { durationSeconds: 40 }, '/input/durationSeconds'],
  [
    'reference audio with no start frame',
    'video.generate',
    { referenceAudioUrl: 'https://cdn.example.com/a.opus', durationFrames: 249 },
    '/input/referenceAudioUrl',
  ],
  [
    'reference audio with an empty overlap list',
    'video.generate',
    {
      referenceAudioUrl: 'https://cdn.example.com/a.opus',
      overlapFrameImageUrls: [],
      durationFrames: 249,
    },
    '/input/referenceAudioUrl',
  ],
  [
    'Gemini speech with a seed (an OmniVoice control)',
    'audio.speak',
    { provider: 'gemini', text: 'hi', seed: 7 },
    '/input/seed',
  ],
  [
    'Gemini speech in voice_clone mode',
    'audio.speak',
    {
      provider: 'gemini',
      text: 'hi',
      mode: 'voice_clone',
      referenceAudioUrl: 'https://cdn.example.com/me.wav',
    },
    '/input/mode',
  ],
  [
    'Gemini speech with voiceDescription tags',
    'audio.speak',
    { provider: 'gemini', text: 'hi', voiceDescription: 'female, young adult' },
    '/input/voiceDescription',
  ],
  ['speech without text', 'audio.speak', { voiceDescription: 'female' }, '/input/text'],
  [
    'an inline start frame of an undocumented MIME type',
    'video.generate',
    { startFrameImage: { dataBase64: 'R0lGODlh', mimeType: 'image/gif' }, durationFrames: 249 },
    '/input/startFrameImage/mimeType',
  ],
  [
    'a resize without width and height',
    'video.resize',
    { sourceVideoUrl: 'https://cdn.example.com/clip.mp4', sourceDurationSeconds: 8 },
    '/input/width',
  ],
];

describe('documented-invalid inputs', () => {
  it.each(invalid)('%s is refused before anything is sent', async (_name, task, input, field) => {
    const { kt, scenario } = client();
    const error = await kt.generate(task, input as TaskInput<Task>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
    expect((error as Error).message).toContain(field);
    expect(scenario.sent).toHaveLength(0);
  });

  it.each(invalid)('%s is refused by the mock', async (_n, task, input) => {
    const response = await fetch(`${baseUrl}/api/v1/media/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ task, input }),
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toHaveProperty('error');
  });
});

describe('money safety', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startRepoMock('killatamata');
  });
  afterAll(() => mock.close());

  /** A fetch that lets the mock do the work, then loses the first answer of each paid submit. */
  function losingFetch(loss: 'reset' | '503') {
    const keys: string[] = [];
    const fetch = async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await globalThis.fetch(request);
      if (request.method !== 'POST') return response;
      keys.push(request.headers.get('x-idempotency-key') ?? '');
      if (keys.length > 1) return response;
      await response.body?.cancel();
      if (loss === '503') return Response.json({ error: 'upstream timeout' }, { status: 503 });
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    };
    return { fetch, keys };
  }

  it.each(['503', 'reset'] as const)(
    'a %s after the work was done is retried with the same key and charged once',
    async (loss) => {
      const before = mock.ledger.length;
      const lossy = losingFetch(loss);
      const kt = createKillaTamataClient({
        apiKey,
        baseUrl: mock.url,
        fetch: lossy.fetch,
        retry: { baseDelayMs: 1, maxDelayMs: 10 },
      });
      const result = await kt.generate('image.generate', fox, schedule);
      expect(result.status).toBe('succeeded');
      expect(lossy.keys).toHaveLength(2);
      expect(lossy.keys[0]).toBe(lossy.keys[1]);
      expect(lossy.keys[0]).toBe(result.idempotencyKey);
      expect(mock.ledger.slice(before)).toHaveLength(1);
    },
  );

  it('an idempotent replay returns the same job and is not charged again', async () => {
    const before = mock.ledger.length;
    const kt = createKillaTamataClient({ apiKey, baseUrl: mock.url });
    const first = await kt.generate('image.generate', fox, {
      ...schedule,
      idempotencyKey: 'replay-1',
    });
    const again = await kt.generate('image.generate', fox, {
      ...schedule,
      idempotencyKey: 'replay-1',
    });
    expect(again.handle.id).toBe(first.handle.id);
    expect(mock.ledger.slice(before)).toHaveLength(1);
  });
});

describe('terminal callback', () => {
  const token = 'cb-secret-token-16';
  const body =
    spec.paths['/api/v1/media/jobs'].post.callbacks.mediaJobTerminal[
      '{$request.body#/completionCallbackUrl}'
    ].post.requestBody.content['application/json'].examples.completed.value;

  async function serve(handler: (request: Request) => Promise<Response>) {
    const server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/media-job`;
    return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  const deliver = (url: string, payload: unknown = body) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(5000),
    });

  it('a delivery retried after a failure, then repeated, is handled once', async () => {
    const { kt } = client();
    const handled: string[] = [];
    let attempts = 0;
    const hook = await serve(
      kt.createCallbackHandler({
        token,
        onJob: ({ job }) => {
          attempts++;
          if (attempts === 1) throw new Error('database briefly down');
          handled.push(job.id);
        },
      }),
    );
    try {
      const url = `${hook.url}?token=${token}`;
      expect((await deliver(url)).status).toBeGreaterThanOrEqual(500);
      expect((await deliver(url)).status).toBeLessThan(300);
      expect((await deliver(url)).status).toBeLessThan(300);
      expect(handled).toEqual(['job_abc123']);
      expect((await deliver(`${hook.url}?token=wrong`)).status).toBe(401);
    } finally {
      await hook.close();
    }
  });

  it.each([
    ['jobId', (b: Json) => ({ ...b, externalJobId: undefined, jobId: 'job_abc123' })],
    [
      'result.jobId',
      (b: Json) => ({ ...b, externalJobId: undefined, result: { jobId: 'job_abc123' } }),
    ],
    ['id', (b: Json) => ({ ...b, externalJobId: undefined, id: 'job_abc123' })],
  ])(
    'a delivery naming its job by %s (the doc jq fallbacks) is handled, not refused',
    async (_n, rename) => {
      const { kt } = client();
      const handled: string[] = [];
      const hook = await serve(
        kt.createCallbackHandler({ token, onJob: ({ job }) => void handled.push(job.id) }),
      );
      try {
        expect((await deliver(`${hook.url}?token=${token}`, rename(body))).status).toBeLessThan(
          300,
        );
        expect(handled).toEqual(['job_abc123']);
      } finally {
        await hook.close();
      }
    },
  );

  it('the mock delivers the callback, retries it after a 5xx, and the job is handled once', async () => {
    const mock = await startRepoMock('killatamata');
    // Provider time 1,000× faster: the documented 30 s retry is 30 ms here.
    const kt = createKillaTamataClient({
      apiKey,
      baseUrl: mock.url,
      headers: { 'x-mediagen-mock': 'step-ms=10; time-scale=1000' },
    });
    let attempts = 0;
    const handled: string[] = [];
    const hook = await serve(
      kt.createCallbackHandler({
        token,
        onJob: ({ job }) => {
          if (++attempts === 1) throw new Error('database briefly down');
          handled.push(job.id);
        },
      }),
    );
    try {
      const result = await kt.generate('image.generate', fox, {
        callback: { url: hook.url, token },
        timeoutMs: 10_000,
      });
      for (let i = 0; i < 100 && mock.deliveries.length < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const mine = mock.deliveries.filter((d) => d.jobId === result.handle.id);
      expect(mine.map((d) => d.status)).toEqual([500, 200]);
      expect(handled).toEqual([result.handle.id]);
      expect(result.status).toBe('succeeded');
    } finally {
      await hook.close();
      await mock.close();
    }
  });

  it('generate(…, { callback }) sets completionCallbackUrl and ends when the callback arrives', async () => {
    // The mock keeps the job running: only the callback can end the wait in time.
    const scenario = scenarioFetch(
      { 'GET /api/v1/media/jobs': ['code=200, example=running'] },
      { baseUrl },
    );
    const submitted: Json[] = [];
    const kt = createKillaTamataClient({
      apiKey,
      baseUrl,
      fetch: async (input: Request, init?: RequestInit) => {
        const method = init?.method ?? input.method;
        const response = await scenario.fetch(input, init);
        if (method === 'POST') submitted.push(await response.clone().json());
        return response;
      },
    });
    const hook = await serve(kt.createCallbackHandler({ token }));
    try {
      const pending = kt.generate('image.generate', fox, {
        callback: { url: hook.url, token },
        timeoutMs: 10_000,
      });
      for (let i = 0; i < 250 && submitted.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const sent = JSON.parse(scenario.sent.find((s) => s.method === 'POST')!.body);
      expect(sent.completionCallbackUrl).toBe(`${hook.url}?token=${token}`);
      const id = submitted[0].externalJobId;
      const response = await deliver(sent.completionCallbackUrl, { ...body, externalJobId: id });
      expect(response.status).toBeLessThan(300);
      const result = await pending;
      expect(result.handle.id).toBe(id);
      expect(result.outputUrls).toEqual(body.downloadableOutputUrls);
      expect(result.elapsedMs).toBeLessThan(5000);
    } finally {
      await hook.close();
    }
  });
});

describe('issue #21: reading the doc where it is silent', () => {
  it('reference audio with a first overlap frame is sent', async () => {
    const { kt, scenario } = client();
    const input = {
      referenceAudioUrl: 'https://cdn.example.com/a.opus',
      overlapFrameImageUrls: ['https://cdn.example.com/f1.webp'],
      durationFrames: 249,
    };
    await kt.submit('submitMediaJob', { body: { task: 'video.generate', input } });
    expect(scenario.sent).toHaveLength(1);
  });

  it('createKey without a key sends no Authorization and takes the idToken (Google bootstrap)', async () => {
    const scenario = scenarioFetch({}, { baseUrl });
    const saved = process.env.KILLATAMATA_API_KEY;
    delete process.env.KILLATAMATA_API_KEY;
    try {
      const keyless = createKillaTamataClient({ baseUrl, fetch: scenario.fetch });
      const created = await keyless.createKey({
        idToken: 'eyJhbGciOiJSUzI1NiIs...',
        label: 'Google bootstrap key',
      });
      expect(created.apiKey.reveal()).toBe('kt_live_example_new_key');
      expect(scenario.sent[0]!.headers.get('authorization')).toBeNull();
      expect(JSON.parse(scenario.sent[0]!.body)).toMatchObject({
        idToken: 'eyJhbGciOiJSUzI1NiIs...',
      });
    } finally {
      if (saved !== undefined) process.env.KILLATAMATA_API_KEY = saved;
    }
    // With a key, rotation still sends it.
    const { kt, scenario: keyed } = client();
    await kt.createKey({ label: 'rotation' });
    expect(keyed.sent[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it.each([
    ['purchaseCreditsX402', { usdCents: 100 }, { header: { 'PAYMENT-SIGNATURE': 'eyJ4NDAy' } }],
    ['runStudioAgentMessage', {}, {}],
    ['executeStudioApprovalPlan', {}, {}],
  ])(
    '%s sends the caller\'s X-Idempotency-Key ("safe retries on writes")',
    async (id, body, params) => {
      const { kt, scenario } = client();
      const call = kt.call as unknown as (op: string, init: object, o: object) => Promise<unknown>;
      await call(id, { body, params }, { idempotencyKey: 'write-001' }).catch(() => undefined);
      expect(scenario.sent[0]!.headers.get('x-idempotency-key')).toBe('write-001');
    },
  );

  it('the x402 purchase without its required PAYMENT-SIGNATURE header is refused before sending', async () => {
    const { kt, scenario } = client();
    const call = kt.call as unknown as (op: string, init: object) => Promise<unknown>;
    const error = (await call('purchaseCreditsX402', { body: { usdCents: 100 } }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('PAYMENT-SIGNATURE');
    expect(scenario.sent).toHaveLength(0);
    const withHeader = kt.call('purchaseCreditsX402', {
      params: { header: { 'PAYMENT-SIGNATURE': 'eyJ4NDAy' } },
      body: { usdCents: 100 },
    });
    await withHeader.catch(() => undefined);
    expect(scenario.sent).toHaveLength(1);
  });

  it('a device link answering 400 authorization_pending keeps polling until approved', async () => {
    const { kt, scenario } = client({
      '/api/v1/device/link/poll': [
        'code=400, example=authorizationPending',
        'code=200, example=approved',
      ],
    });
    const key = await kt.pollDeviceLink('ktd_test', { intervalMs: 1 });
    expect(key.reveal()).toBe('kt_live_example_one_time_key');
    expect(scenario.sent).toHaveLength(2);
  });

  it('listKeys without the assumed `keys` field throws instead of saying there are none', async () => {
    const kt = createKillaTamataClient({
      apiKey,
      baseUrl: 'https://api.killatamata.test',
      fetch: async () => Response.json({ items: [{ keyPrefix: 'abcde' }] }),
    });
    await expect(kt.listKeys()).rejects.toThrow(/without a `keys` array/);
  });
});

describe('helpers', () => {
  it('estimateCost is labelled an estimate', () => {
    expect(estimateCost('video.combine', { videoUrls: ['a', 'b', 'c'] })).toEqual({
      usd: 0.015,
      estimate: true,
    });
  });

  it('device link: start, then poll for the one-time key, never shown', async () => {
    const { kt, scenario } = client();
    const link = await kt.startDeviceLink({ keyLabel: 'Default API Key' });
    expect(link.userCode).toBe('ABCD-EFGH');
    expect(link.verificationUrl).toContain('ABCD-EFGH');
    const key = await kt.pollDeviceLink(link, { intervalMs: 1 });
    expect(key.reveal()).toBe('kt_live_example_one_time_key');
    expect(inspect(key) + JSON.stringify({ key })).not.toContain('kt_live_example');
    expect(scenario.sent.every((s) => s.headers.get('authorization') === null)).toBe(true);
  });

  it('balance and keys: list, create (redacted), revoke', async () => {
    const { kt, scenario } = client();
    expect((await kt.balance()).usdBalance).toBe('12.34');
    expect(await kt.listKeys()).toEqual([{ keyPrefix: 'abcde', label: 'Agent Worker A' }]);
    const created = await kt.createKey({ label: 'Agent Worker A' });
    expect(created.apiKey.reveal()).toBe('kt_live_example_new_key');
    expect(`${created.apiKey} ${JSON.stringify(created)} ${inspect(created)}`).not.toContain(
      'kt_live_example_new_key',
    );
    await kt.revokeKey('abcde');
    expect(JSON.parse(scenario.sent.at(-1)!.body)).toEqual({ keyPrefix: 'abcde' });
  });
});
