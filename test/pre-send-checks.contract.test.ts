/**
 * What issue #20 found sent, now refused before anything leaves the client: query and path values
 * outside the spec, and (opt-in) a model the provider's catalog does not list. The fetch here
 * answers only the catalog read and records every request, so "not sent" is observed, not assumed.
 */
import { createHappyHorseClient } from '@mediagen/happyhorse';
import { createHoracleClient } from '@mediagen/horacle';
import { createKubeezClient } from '@mediagen/kubeez';
import { ValidationError } from '@mediagen/runtime';
import { createVydraClient } from '@mediagen/vydra';
import { describe, expect, it } from 'vitest';

function recordingFetch(answers: Record<string, unknown> = {}) {
  const sent: string[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const { pathname } = new URL(request.url);
    // Routes are named without the base URL's own path (Vydra's `/api/v1`).
    const route = Object.keys(answers).find((key) => {
      const [method, path] = key.split(' ');
      return method === request.method && pathname.endsWith(path!);
    });
    sent.push(route ?? `${request.method} ${pathname}`);
    const body = route === undefined ? undefined : answers[route];
    if (body === undefined) return new Response('{"error":"not in this test"}', { status: 599 });
    return Response.json(body);
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

const options = (fetch: typeof globalThis.fetch) => ({
  apiKey: 'sk_test_pre_send_0123456789',
  fetch,
  retry: { maxRetries: 0 },
  // Unpaced: the documented spacing of paid routes would only slow the test down.
  rateLimits: false as const,
});

async function refusal(call: Promise<unknown>) {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('query and path parameters are checked before sending', () => {
  it.each([
    [
      'Kubeez model_type=audio',
      (f: typeof fetch) =>
        createKubeezClient(options(f)).GET('/v1/models', {
          params: { query: { model_type: 'audio' as 'image' } },
        }),
      '/query/model_type',
    ],
    [
      'Vydra isActive=maybe',
      (f: typeof fetch) =>
        createVydraClient(options(f)).GET('/models', {
          params: { query: { isActive: 'maybe' as unknown as boolean } },
        }),
      '/query/isActive',
    ],
    [
      'HappyHorse task_id=abc123',
      (f: typeof fetch) =>
        createHappyHorseClient(options(f)).GET('/api/status', {
          params: { query: { task_id: 'abc123' } },
        }),
      '/query/task_id',
    ],
  ])('%s is refused, naming the parameter', async (_name, send, path) => {
    const { fetch, sent } = recordingFetch();
    const error = await refusal(send(fetch));
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
    expect(sent).toEqual([]);
  });
});

describe('checkModels refuses a model the catalog does not list, before the paid submit', () => {
  it.each([
    [
      'Vydra veo33',
      (f: typeof fetch) =>
        createVydraClient({ ...options(f), checkModels: true }).generate('veo33', {}),
      { 'GET /models': { data: [{ slug: 'veo3' }, { slug: 'grok-imagine' }], count: 2 } },
      "did you mean 'veo3'?",
    ],
    [
      'Kubeez nano-banan',
      (f: typeof fetch) =>
        createKubeezClient({ ...options(f), checkModels: true }).generateMedia({
          model: 'nano-banan',
          prompt: 'x',
        }),
      {
        'GET /docs/models.json': {
          models: [
            { model_id: 'nano-banana', model_type: 'image' },
            { model_id: 'nano-banana-2', model_type: 'image' },
          ],
        },
      },
      "did you mean 'nano-banana'?",
    ],
    [
      'Horacle nano-banana-22',
      (f: typeof fetch) =>
        createHoracleClient({ ...options(f), checkModels: true }).generateImage({
          model: 'nano-banana-22',
          prompt: 'x',
        }),
      { 'GET /models': { models: [{ id: 'nano-banana' }, { id: 'nano-banana-2' }] } },
      "did you mean 'nano-banana-2'?",
    ],
  ])('%s', async (_name, send, catalog, hint) => {
    const { fetch, sent } = recordingFetch(catalog);
    const error = await refusal(send(fetch));
    expect(error.message).toContain(hint);
    expect(sent).toEqual(Object.keys(catalog));
  });

  it('reads the catalog once and lets a listed model through to the submit', async () => {
    const { fetch, sent } = recordingFetch({ 'GET /models': { data: [{ slug: 'veo3' }] } });
    const vydra = createVydraClient({ ...options(fetch), checkModels: true });
    await vydra.generate('veo3', { prompt: 'x' }).catch(() => undefined);
    await vydra.generate('veo3', { prompt: 'y' }).catch(() => undefined);
    expect(sent).toEqual(['GET /models', 'POST /api/v1/models/veo3', 'POST /api/v1/models/veo3']);
  });
});
