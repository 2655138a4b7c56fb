/**
 * The mock answers as the provider would (issue #21, items 16, 19-21): unmatched routes in the
 * provider's own error shape, as many jobs as the body asks for, refusals with the documented code
 * for the field, and the documented price in the ledger and in every body that reports a charge.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { metadata as happyhorse } from '@mediagen/happyhorse';
import { metadata as killatamata } from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import type { ProviderMetadata } from '@mediagen/runtime';
import { estimatePrice } from '@mediagen/runtime/provider';
import { metadata as vydra } from '@mediagen/vydra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProviders, root } from '../scripts/list-providers.ts';
import type { Json } from './helpers/documented-submits.ts';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const mocks: Record<string, MockServer> = {};
const extra: MockServer[] = [];
const providers = listProviders();
const keys: Record<string, Record<string, string>> = {
  horacle: { authorization: 'Bearer ho-key' },
  killatamata: { authorization: 'Bearer kt-key' },
  kubeez: { 'x-api-key': 'kz-key' },
  vydra: { authorization: 'Bearer vy-key' },
  happyhorse: { authorization: 'Bearer hh-key' },
};

beforeAll(async () => {
  await Promise.all(providers.map(async (p) => (mocks[p] = await startRepoMock(p))));
});
afterAll(() => Promise.all([...Object.values(mocks), ...extra].map((m) => m.close())));

async function call(
  mock: MockServer,
  provider: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${mock.url}${path}`, {
    method,
    headers: { ...keys[provider], 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const specOf = (provider: string): Json =>
  JSON.parse(
    readFileSync(resolve(root, `packages/${provider}/src/generated/openapi.json`), 'utf8'),
  );

describe('unmatched routes answer in the provider’s own error shape (item 19)', () => {
  it.each(providers)('%s', async (provider) => {
    const mock = mocks[provider]!;
    const metadata = (await import(`@mediagen/${provider}`)).metadata as ProviderMetadata;
    for (const [method, path] of [
      ['GET', '/no/such/route'],
      ['DELETE', metadata.operations[Object.keys(metadata.operations)[0]!]!.path],
    ] as const) {
      const res = await call(mock, provider, method, path.replace(/\{[^}]+\}/g, 'x'));
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/NO_PATH_MATCHED|NO_METHOD_MATCHED|stoplight/);
      const message = metadata.errors.message;
      expect(message, 'every provider names its message field').toBeDefined();
      const said = message!
        .slice(1)
        .split('/')
        .reduce<Json | undefined>((at, k) => at?.[k], res.body);
      expect(said).toMatch(method === 'GET' ? /no route GET \/no\/such\/route/i : /DELETE/);
    }
  });

  it('keeps the documented 404 body where there is one (Kubeez notFound)', async () => {
    const res = await call(mocks.kubeez!, 'kubeez', 'GET', '/v1/nothing');
    expect(res.body).toEqual({
      error: 'not_found',
      message: 'no such id (no route GET /v1/nothing in this API)',
    });
  });

  it('answers a browser: CORS headers on the 404, and the preflight left to Prism', async () => {
    const origin = { origin: 'http://localhost:3000' };
    const missing = await call(mocks.vydra!, 'vydra', 'GET', '/nothing', undefined, origin);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const preflight = await fetch(`${mocks.vydra!.url}/jobs/job_abc123`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('gives a browser the CORS headers on documented errors and injected faults too', async () => {
    const origin = { origin: 'http://localhost:3000' };
    const generate = { prompt: 'Mountains at sunrise', duration: 20 };
    const answers = [
      await call(mocks.happyhorse!, 'happyhorse', 'POST', '/api/generate', generate, origin),
      await call(
        mocks.happyhorse!,
        'happyhorse',
        'GET',
        '/api/status?task_id=n92none',
        undefined,
        origin,
      ),
      await call(mocks.happyhorse!, 'happyhorse', 'POST', '/api/generate', generate, {
        ...origin,
        'x-mediagen-mock': 'fault-rate=1; faults=429',
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 404, 429]);
    for (const answer of answers)
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('names the methods a known path takes', async () => {
    const res = await call(mocks.happyhorse!, 'happyhorse', 'GET', '/api/generate');
    expect(res.headers.get('allow')).toBe('POST');
    // HappyHorse's (assumed) 404 on its status route is the shape: the HTTP status as `code`.
    expect(res.body).toEqual({
      code: 404,
      message: 'Task not found (GET is not a method of /api/generate; it takes POST)',
      data: null,
    });
  });
});

describe('refusals Prism makes on its own come in the provider’s shape too', () => {
  it.each([
    // A body in a media type the operation does not take: Prism's 415.
    ['horacle', 'POST', '/conversations/token', 'text/plain', 'a cat', 415],
    // A body on an operation that takes none.
    ['kubeez', 'DELETE', '/v1/assets/x', 'application/json', '{}', 415],
    ['vydra', 'DELETE', '/jobs/job_x', 'application/json', '{}', 415],
    // An invalid body where the operation documents no 400 or 422: Prism's generated 422.
    ['horacle', 'POST', '/conversations/token', 'application/json', '[]', 422],
    ['killatamata', 'POST', '/api/v1/affiliates/me/apply', 'application/json', '1', 422],
  ])('%s %s %s (%s)', async (provider, method, path, contentType, body, status) => {
    const origin = 'http://localhost:3000';
    const res = await fetch(`${mocks[provider]!.url}${path}`, {
      method,
      headers: { ...keys[provider], 'content-type': contentType, origin },
      body,
    });
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(text).not.toMatch(/stoplight|prism/i);
    const metadata = (await import(`@mediagen/${provider}`)).metadata as ProviderMetadata;
    const message = metadata.errors
      .message!.slice(1)
      .split('/')
      .reduce<Json | undefined>((at, k) => at?.[k], JSON.parse(text));
    expect(typeof message, text).toBe('string');
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });
});

describe('Kubeez jobs fit their submit (item 20)', () => {
  const adCopy = {
    reference_ad_url: 'https://cdn.example.com/reference-ad.jpg',
    product_text: 'Headphones',
  };

  it.each([
    [1, 1],
    [5, 5],
    [undefined, 3],
  ])('ad-copy with variant_count %s starts %i jobs', async (variants, jobs) => {
    const res = await call(mocks.kubeez!, 'kubeez', 'POST', '/v1/generate/ad-copy', {
      ...adCopy,
      ...(variants === undefined ? {} : { variant_count: variants }),
    });
    expect(res.status).toBe(200);
    expect(res.body.generation_ids).toHaveLength(jobs);
    expect(new Set(res.body.generation_ids).size).toBe(jobs);
    for (const id of res.body.generation_ids) {
      const job = await call(mocks.kubeez!, 'kubeez', 'GET', `/v1/generate/media/${id}`);
      expect(job.body.id).toBe(id);
    }
  });
});

describe('HappyHorse refusals carry the code of the failing field (item 21)', () => {
  const multiShot = {
    model: 'happyhorse-1.0/video',
    mode: 'pro',
    multi_shots: true,
    sound: true,
    multi_prompt: [
      { prompt: 'A woman walks into a coffee shop', duration: 3 },
      { prompt: 'She orders a latte', duration: 4 },
    ],
  };

  it.each([
    ['a duration that is not the sum of the shots', { ...multiShot, duration: 10 }],
    [
      'shots that add up to more than 15 s',
      {
        ...multiShot,
        multi_prompt: [
          { prompt: 'a', duration: 9 },
          { prompt: 'b', duration: 9 },
        ],
      },
    ],
  ])('%s is INVALID_DURATION', async (_, body) => {
    const res = await call(mocks.happyhorse!, 'happyhorse', 'POST', '/api/generate', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_DURATION');
    expect(res.body.message).toMatch(/sum of multi_prompt/);
  });

  it('an empty prompt is still INVALID_PROMPT', async () => {
    const res = await call(mocks.happyhorse!, 'happyhorse', 'POST', '/api/generate', {
      model: 'happyhorse-1.0/video',
      prompt: '',
    });
    expect(res.body.code).toBe('INVALID_PROMPT');
  });

  it('a path parameter that is no valid percent-encoding gets the 404, not a 502', async () => {
    const known = await call(mocks.vydra!, 'vydra', 'GET', '/no/such/route');
    const res = await call(mocks.vydra!, 'vydra', 'GET', '/jobs/%E0%A4%A');
    expect(res.status).toBe(404);
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(known.body).sort());
    expect(JSON.stringify(res.body)).toMatch(/no route GET \/jobs\/%E0%A4%A/i);
  });

  it('an unknown task id is not an invalid prompt: the assumed 404 in the documented envelope', async () => {
    const res = await call(
      mocks.happyhorse!,
      'happyhorse',
      'GET',
      '/api/status?task_id=n92nosuchtask',
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(404);
    expect(res.body.message).toMatch(/not found/i);
  });
});

describe('the documented price in the ledger and every body that reports it (item 16)', () => {
  it('Vydra Grok Imagine: 8 for an image, 150 for a video, in submit, status and ledger', async () => {
    const mock = mocks.vydra!;
    for (const [model, credits] of [
      ['text-to-image', 8],
      ['text-to-video', 150],
    ] as const) {
      const submit = await call(mock, 'vydra', 'POST', '/models/grok-imagine', {
        prompt: 'A lighthouse',
        model,
      });
      expect(submit.body.creditsCharged).toBe(credits);
      const job = await call(mock, 'vydra', 'GET', `/jobs/${submit.body.jobId}`);
      expect(job.body.creditsCharged).toBe(credits);
      expect(mock.ledger.find((c) => c.jobIds.includes(submit.body.jobId))?.credits).toBe(credits);
    }
  });

  it('reads price formulas generically: a route of its own, refunds included', async () => {
    // The metadata as a spec with a per-route formula generates it (`x-mediagen-price-formulas`).
    const metadata: ProviderMetadata = structuredClone(vydra);
    (metadata.operations as Record<string, Json>).generateVeo3!.priceFormulas = {
      selector: '/model',
      currency: 'credits',
      formulas: { veo3: 175 },
    };
    const mock = await startRepoMockWith('vydra', metadata);
    const submit = await call(mock, 'vydra', 'POST', '/models/veo3', { prompt: 'A lake' });
    expect(submit.body.creditsCharged).toBe(175);
    expect(mock.ledger.at(-1)).toMatchObject({ operationId: 'generateVeo3', credits: 175 });
    const failed = await call(
      mock,
      'vydra',
      'POST',
      '/models/veo3',
      { prompt: 'A lake' },
      {
        'x-mediagen-mock': 'outcome=failed; steps=0',
      },
    );
    const job = await call(mock, 'vydra', 'GET', `/jobs/${failed.body.jobId}`);
    expect(job.body).toMatchObject({ status: 'failed', creditsRefunded: 175 });
    const running = await call(mock, 'vydra', 'POST', '/models/veo3', { prompt: 'A lake' });
    const cancelled = await call(mock, 'vydra', 'DELETE', `/jobs/${running.body.jobId}`);
    expect(cancelled.body.refund.creditsRefunded).toBe(175);
  });

  it('HappyHorse: a per-second formula gives consumed_credits', async () => {
    const metadata: ProviderMetadata = structuredClone(happyhorse);
    // The doc's table: pro 54/s without audio, 80/s with; std 40/s and 60/s; audio on by default.
    const perSecond = (mode: string, silent: number, sound: number) => ({
      when: { equals: ['/mode', mode] as const },
      value: { when: { equals: ['/sound', false] as const }, value: silent, otherwise: sound },
    });
    (metadata.operations as Record<string, Json>).createTask!.priceFormulas = {
      selector: '/model',
      currency: 'credits',
      formulas: {
        'happyhorse-1.0/video': {
          mul: [
            { field: '/duration', default: 5 },
            { ...perSecond('pro', 54, 80), otherwise: perSecond('std', 40, 60).value },
          ],
        },
      },
    };
    const mock = await startRepoMockWith('happyhorse', metadata);
    const submit = await call(
      mock,
      'happyhorse',
      'POST',
      '/api/generate',
      {
        model: 'happyhorse-1.0/video',
        prompt: 'Mountains',
        mode: 'pro',
        duration: 10,
      },
      { 'x-mediagen-mock': 'steps=0' },
    );
    const status = await call(
      mock,
      'happyhorse',
      'GET',
      `/api/status?task_id=${submit.body.data.task_id}`,
    );
    expect(status.body.data).toMatchObject({ status: 'SUCCESS', consumed_credits: 800 });
    expect(mock.ledger.at(-1)?.credits).toBe(800);
  });

  it("Killa Tamata: the generated formulas price a submit's ledger entry", async () => {
    // The documented image answer's usdHeld is one observed charge, not a price (the spec has no
    // image formula), so a task with a documented formula is submitted: the doc's video.combine.
    const formulas = killatamata.operations.submitMediaJob!.priceFormulas!;
    const body = {
      task: 'video.combine',
      input: { videoUrls: ['https://cdn.example.com/a.mp4', 'https://cdn.example.com/b.mp4'] },
    };
    const expected = estimatePrice(formulas, body).amount;
    expect(expected).toBeGreaterThan(0);
    const res = await call(mocks.killatamata!, 'killatamata', 'POST', '/api/v1/media/jobs', body);
    expect(res.status).toBeLessThan(300);
    expect(mocks.killatamata!.ledger.at(-1)?.credits).toBe(expected);
  });
});

async function startRepoMockWith(provider: string, metadata: ProviderMetadata) {
  const { startMock } = await import('@mediagen/mock');
  const mock = await startMock({ spec: specOf(provider), metadata, name: provider });
  extra.push(mock);
  return mock;
}
