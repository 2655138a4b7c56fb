/**
 * What @mediagen/mock adds to Prism, over real providers' specs: idempotent replays and the charge
 * ledger, lists over real jobs, outputs that fit the job's kind, documented errors, and scenarios
 * and faults set by header or through the API.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHappyHorseClient } from '@mediagen/happyhorse';
import { metadata as killatamata } from '@mediagen/killatamata';
import { type MockServer, startMock } from '@mediagen/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/list-providers.ts';
import { documentedSubmits } from './helpers/documented-submits.ts';

const mocks: Record<string, MockServer> = {};
const keys: Record<string, Record<string, string>> = {
  killatamata: { authorization: 'Bearer kt-key' },
  kubeez: { 'x-api-key': 'kz-key' },
  vydra: { authorization: 'Bearer vy-key' },
  happyhorse: { authorization: 'Bearer hh-key' },
};

beforeAll(async () => {
  for (const provider of Object.keys(keys))
    mocks[provider] = await startMock(provider, { checkResponses: true });
});
afterAll(() => Promise.all(Object.values(mocks).map((m) => m.close())));

async function call(
  provider: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${mocks[provider]!.url}${path}`, {
    method,
    headers: { ...keys[provider], 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('idempotency and the ledger (Killa Tamata, X-Idempotency-Key)', () => {
  it('answers a replayed key with the same job and charges once', async () => {
    const spec = JSON.parse(
      readFileSync(resolve(root, 'packages/killatamata/src/generated/openapi.json'), 'utf8'),
    );
    const submit = documentedSubmits(spec, killatamata).find((s) => s.id === 'submitMediaJob')!;
    const before = mocks.killatamata!.ledger.length;
    const key = { 'X-Idempotency-Key': 'same-key-1' };
    const first = await call('killatamata', 'POST', submit.path, submit.body, key);
    const replay = await call('killatamata', 'POST', submit.path, submit.body, key);
    const other = await call('killatamata', 'POST', submit.path, submit.body, {
      'X-Idempotency-Key': 'other-key',
    });
    expect(first.status).toBeLessThan(300);
    expect(replay).toEqual({ ...first, headers: replay.headers });
    expect(other.body).not.toEqual(first.body);
    const charges = mocks.killatamata!.ledger.slice(before);
    expect(charges.map((c) => c.idempotencyKey)).toEqual(['same-key-1', 'other-key']);
    expect(charges.every((c) => c.operationId === 'submitMediaJob' && c.jobIds.length === 1)).toBe(
      true,
    );
  });
});

describe('lists over real jobs (Kubeez GET /v1/generations)', () => {
  it('lists the jobs it made, filtered as asked', async () => {
    const image = {
      model: 'nano-banana-2',
      prompt: 'headphones',
      generation_type: 'text-to-image',
    };
    const a = await call('kubeez', 'POST', '/v1/generate/media', image);
    const b = await call('kubeez', 'POST', '/v1/generate/media', {
      ...image,
      model: 'other-model',
    });
    const ids = [a.body.generation_id, b.body.generation_id];
    await call('kubeez', 'GET', `/v1/generate/media/${ids[0]}`);
    // A list read walks the jobs as a status read does, so the state filter goes first.
    const queued = await call('kubeez', 'GET', '/v1/generations?status=queued');
    expect(queued.body.generations.map((g: { id: string }) => g.id)).toContain(ids[1]);
    expect(queued.body.generations.map((g: { id: string }) => g.id)).not.toContain(ids[0]);
    const all = await call('kubeez', 'GET', '/v1/generations');
    expect(all.body.generations.map((g: { id: string }) => g.id)).toEqual(
      expect.arrayContaining(ids),
    );
    const byModel = await call('kubeez', 'GET', '/v1/generations?model=other-model');
    expect(byModel.body.generations.map((g: { id: string }) => g.id)).toEqual([ids[1]]);
  });

  it('moves only the jobs a list answer shows, as a status read moves only its own', async () => {
    const image = { model: 'nano-banana-2', prompt: 'lamp', generation_type: 'text-to-image' };
    const a = await call('kubeez', 'POST', '/v1/generate/media', image);
    const b = await call('kubeez', 'POST', '/v1/generate/media', { ...image, model: 'lamp-model' });
    const readsOf = (id: string) => mocks.kubeez!.jobs().find((j) => j.id === id)!.reads;
    const byModel = await call('kubeez', 'GET', '/v1/generations?model=lamp-model');
    expect(byModel.body.generations.map((g: { id: string }) => g.id)).toEqual([
      b.body.generation_id,
    ]);
    const newest = await call('kubeez', 'GET', '/v1/generations?limit=1');
    expect(newest.body.generations.map((g: { id: string }) => g.id)).toEqual([
      b.body.generation_id,
    ]);
    expect(readsOf(b.body.generation_id)).toBe(2);
    expect(readsOf(a.body.generation_id)).toBe(0);
  });

  it('ends an extend job on a Veo video and an image job on an image', async () => {
    const end = async (path: string, body: unknown) => {
      const { body: created } = await call('kubeez', 'POST', path, body);
      expect(created.generation_id, JSON.stringify(created)).toBeDefined();
      for (let i = 0; i < 10; i++) {
        const job = await call('kubeez', 'GET', `/v1/generate/media/${created.generation_id}`);
        if (job.body.status === 'completed') return job.body;
      }
      throw new Error('the job never ended');
    };
    const video = await end('/v1/generate/media/extend', {
      source_task_id: 'veo-task-123',
      prompt: 'the camera keeps pushing in',
      extend_model: 'fast',
    });
    expect(video.outputs[0].media_type).toBe('video');
    const image = await end('/v1/generate/media', { model: 'nano-banana-2', prompt: 'p' });
    expect(image.outputs[0].media_type).toBe('image');
  });

  it("answers a missing model with Kubeez's missing_model, not another example", async () => {
    const res = await call('kubeez', 'POST', '/v1/generate/media', { prompt: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'missing_model', message: expect.stringMatching(/model/) });
    const unknown = await call('kubeez', 'GET', '/v1/generate/media/no-such-job');
    expect(unknown.status).toBe(404);
  });
});

describe('outputs that fit the job (Vydra)', () => {
  async function runToEnd(path: string, body: unknown, headers = {}) {
    const { body: created } = await call('vydra', 'POST', path, body, headers);
    for (let i = 0; i < 10; i++) {
      const job = await call('vydra', 'GET', `/jobs/${created.jobId}`);
      if (!['pending', 'running'].includes(job.body.status)) return job.body;
    }
    throw new Error('the job never ended');
  }

  it('ends a text-to-image job on an image and a video job on a video', async () => {
    const image = await runToEnd('/models/grok-imagine', { prompt: 'p', model: 'text-to-image' });
    expect(image.output).toEqual({ imageUrl: expect.stringMatching(/\/0\.png$/) });
    const video = await runToEnd('/models/veo3', { prompt: 'A serene lake at sunset' });
    expect(video.output.videoUrl).toMatch(/\/0\.mp4$/);
  });

  it('cancels a job and forces outcomes by header or through the API', async () => {
    const veo = { prompt: 'A serene lake at sunset' };
    const failed = await runToEnd('/models/veo3', veo, { 'x-mediagen-mock': 'outcome=failed' });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'CONTENT_VIOLATION' } });

    const { body: created } = await call('vydra', 'POST', '/models/veo3', veo);
    mocks.vydra!.setJobScenario(created.jobId, { outcome: 'cancelled' });
    await call('vydra', 'GET', `/jobs/${created.jobId}`);
    await call('vydra', 'GET', `/jobs/${created.jobId}`);
    expect((await call('vydra', 'GET', `/jobs/${created.jobId}`)).body.status).toBe('cancelled');

    const { body: running } = await call('vydra', 'POST', '/models/veo3', veo);
    const cancelled = await call('vydra', 'DELETE', `/jobs/${running.jobId}`);
    expect(cancelled.status).toBe(200);
    expect((await call('vydra', 'GET', `/jobs/${running.jobId}`)).body).toMatchObject({
      id: running.jobId,
      status: 'cancelled',
    });
    const unknown = await call('vydra', 'DELETE', '/jobs/job_nothere');
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/not found/) },
    });
  });

  it('moves by time when asked, faster under a time scale', async () => {
    // Two steps of 50 s each at 100× speed: the job ends 1 s after its submit, whoever reads it.
    // Steps wide enough that a loaded machine still reads the first one in time.
    const submittedAt = Date.now();
    const { body } = await call(
      'vydra',
      'POST',
      '/models/veo3',
      { prompt: 'p' },
      { 'x-mediagen-mock': 'steps=2; step-ms=50000; time-scale=100' },
    );
    const first = await call('vydra', 'GET', `/jobs/${body.jobId}`);
    expect(first.body.status).toBe('pending');
    let status = first.body.status;
    while (status !== 'completed' && Date.now() - submittedAt < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await call('vydra', 'GET', `/jobs/${body.jobId}`)).body.status;
    }
    expect(status).toBe('completed');
    // Not before its two scaled steps (1 s), and far sooner than the 100 s they stand for.
    expect(Date.now() - submittedAt).toBeGreaterThanOrEqual(950);
  });
});

describe('the documented schedule at the time scale', () => {
  it("lets a client wait on HappyHorse's own rhythm, 1000 times faster", async () => {
    const mock = mocks.happyhorse!;
    mock.setScenario({ timeScale: 1000 });
    const schedule = mock.schedule('getTaskStatus');
    mock.setScenario({ timeScale: undefined });
    expect(schedule).toMatchObject({ initialDelayMs: 8, intervalMs: 10, timeoutMs: 900 });
    const client = createHappyHorseClient({ baseUrl: mock.url, apiKey: 'hh-key' });
    const video = await client.generateVideo({ prompt: 'Mountains at sunrise' }, { schedule });
    expect(video.videoUrl).toMatch(new RegExp(`^${mock.origin}/__mediagen/outputs/.+\\.mp4$`));
    expect(() => mock.schedule('createTask')).toThrow(/no status operation/);
  });
});

describe('faults, seeded, by header or for the whole mock', () => {
  const path = '/api/status?task_id=n92abc123hh10';

  it('answers a 429 in the documented shape with Retry-After, and a 500', async () => {
    const limited = await call('happyhorse', 'GET', path, undefined, {
      'x-mediagen-mock': 'fault-rate=1; faults=429; retry-after=7',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED' });
    const failed = await call('happyhorse', 'GET', path, undefined, {
      'x-mediagen-mock': 'fault-rate=1; faults=5xx',
    });
    expect(failed).toMatchObject({ status: 500, body: { code: 'INTERNAL_ERROR' } });
  });

  it("says the same Retry-After in the body field the spec ties to it (Kubeez's retry_after)", async () => {
    const limited = await call('kubeez', 'GET', '/v1/generations', undefined, {
      'x-mediagen-mock': 'fault-rate=1; faults=429; retry-after=3',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.body).toMatchObject({ error: 'rate_limit_exceeded', retry_after: 3 });
  });

  it('resets, truncates and stalls connections', async () => {
    const url = `${mocks.happyhorse!.url}${path}`;
    const faulty = (kind: string) => ({
      headers: { ...keys.happyhorse, 'x-mediagen-mock': `fault-rate=1; faults=${kind}` },
      signal: AbortSignal.timeout(300),
    });
    await expect(fetch(url, faulty('reset'))).rejects.toThrow();
    await expect(fetch(url, faulty('truncate')).then((r) => r.text())).rejects.toThrow();
    await expect(fetch(url, faulty('stall')).then((r) => r.text())).rejects.toThrow(/abort/i);
  });

  it('replays the same faults for the same seed, mock-wide', async () => {
    const run = async () => {
      mocks.happyhorse!.setScenario({ faultRate: 0.5, faults: ['429'], seed: 99 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await call('happyhorse', 'GET', path)).status);
      mocks.happyhorse!.setScenario({ faultRate: undefined, faults: undefined, seed: undefined });
      return statuses;
    };
    const first = await run();
    expect(first).toContain(429);
    expect(first.some((s) => s !== 429)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('adds the asked latency before answering', async () => {
    const started = performance.now();
    const res = await call('happyhorse', 'GET', path, undefined, {
      'x-mediagen-mock': 'latency=120',
    });
    // An unknown task id: HappyHorse's assumed 404.
    expect(res.status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('refuses a scenario it does not understand, saying what it takes', async () => {
    const res = await fetch(`${mocks.happyhorse!.url}${path}`, {
      headers: { ...keys.happyhorse, 'x-mediagen-mock': 'outcome=maybe' },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/succeeded, failed or cancelled/);
  });

  it('refuses a time scale of 0 through the API too, where no job would ever end', async () => {
    await expect(startMock('happyhorse', { scenario: { timeScale: 0 } })).rejects.toThrow(
      /timeScale: 0: expected a number above 0/,
    );
    expect(() => mocks.happyhorse!.setScenario({ timeScale: 0 })).toThrow(/above 0/);
    expect(Number.isFinite(mocks.happyhorse!.schedule('getTaskStatus').initialDelayMs)).toBe(true);
  });

  it('kept every answer to the spec', () => {
    for (const mock of Object.values(mocks)) expect(mock.drift).toEqual([]);
  });
});
