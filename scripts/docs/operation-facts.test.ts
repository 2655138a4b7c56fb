import type { ProviderMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { describeStates, operationFacts, pushFacts } from './operation-facts.ts';

const schedule = { initialDelayMs: 8000, intervalMs: 10000, timeoutMs: 900000 };
const states = { running: ['RUNNING'], succeeded: ['DONE'], failed: ['FAILED'], cancelled: [] };

const metadata: ProviderMetadata = {
  id: 'acme',
  name: 'Acme',
  apiKeyEnv: 'ACME_API_KEY',
  baseUrl: 'https://api.acme.test',
  auth: { header: 'Authorization', prefix: 'Bearer ' },
  retry: {
    maxRetries: 2,
    statuses: [429, 503],
    baseDelayMs: 1000,
    maxDelayMs: 30000,
    noWorkStatuses: [429],
  },
  errors: {},
  operations: {
    submit: {
      method: 'post',
      path: '/jobs',
      auth: true,
      paid: true,
      idempotencyHeader: 'Idempotency-Key',
      rateLimit: { group: 'generation', requests: 10, perSeconds: 60 },
      prices: { property: 'model', credits: { fast: 5 } },
      schedule: { initialDelayMs: 30000 },
      status: {
        operationId: 'getJob',
        parameters: { id: { from: 'response.body', pointer: '/id' } },
      },
    },
    getJob: {
      method: 'get',
      path: '/jobs/{id}',
      auth: true,
      job: { state: '/status', states, outputs: ['/urls/*'], progress: '/progress', schedule },
      cancel: {
        operationId: 'cancelJob',
        parameters: { id: { from: 'request.path', name: 'id' } },
      },
    },
    cancelJob: {
      method: 'post',
      path: '/jobs/{id}/cancel',
      auth: true,
      refund: { credits: '/refunded' },
    },
    upload: { method: 'post', path: '/uploads', auth: true, maxUploadBytes: 10485760 },
  },
  pushes: {
    jobDone: {
      kind: 'webhook',
      method: 'post',
      id: '/id',
      statusOperations: ['getJob'],
      state: '/status',
      states,
      outputs: ['/urls/*'],
      token: { in: 'header', name: 'X-Token' },
    },
  },
};

const byLabel = (facts: { label: string; text: string }[]) =>
  Object.fromEntries(facts.map((f) => [f.label, f.text]));

describe('operationFacts', () => {
  it('gives a submit its job, the merged poll schedule, states, price, limit, key and retry advice', () => {
    const facts = byLabel(operationFacts(metadata, 'submit'));
    expect(facts.Job).toBe(
      "starts a job, polled with `getJob` (GET /jobs/{id}): `id` from the answer's `/id`. Cancel with `cancelJob` (POST /jobs/{id}/cancel).",
    );
    expect(facts['Poll schedule']).toMatch(
      /^first check after 30 s, then every 10 s; gives up waiting after 15 min .*\(the first check is this operation's own, the rest the status operation's\)\.$/,
    );
    expect(facts['Terminal states']).toBe(describeStates(states));
    expect(facts.Price).toBe('by `model`: `fast` 5 credits.');
    expect(facts['Rate limit']).toMatch(/^group `generation`, 10 requests per 1 min/);
    expect(facts.Idempotency).toMatch(/`Idempotency-Key` header/);
    expect(facts['Retry advice']).toMatch(/^Up to 2 retries on 429, 503/);
    expect(facts.Push).toMatch(
      /^webhook `jobDone`, registered once, reports the job's end; it echoes a token in the header `X-Token`/,
    );
  });

  it('gives a status operation how it reads the job, whose jobs it polls, and its cancel', () => {
    const facts = byLabel(operationFacts(metadata, 'getJob'));
    expect(facts['Job status']).toBe(
      'reads state at `/status`, outputs at `/urls/*`, progress (0-100) at `/progress`; polls the jobs of `submit` (own schedule).',
    );
    expect(facts['Poll schedule']).toMatch(/^first check after 8 s, then every 10 s;/);
    expect(facts.Cancel).toBe('with `cancelJob` (POST /jobs/{id}/cancel).');
    expect(facts.Price).toBe('free: it creates no billable work.');
  });

  it('gives a cancel its refund and the jobs it cancels, and an upload its limit', () => {
    expect(byLabel(operationFacts(metadata, 'cancelJob'))).toMatchObject({
      Refund: 'refunded credits at `/refunded`.',
      Cancels: 'jobs read by `getJob`.',
    });
    expect(byLabel(operationFacts(metadata, 'upload'))['Upload limit']).toBe('10 MiB per file.');
  });

  it('refuses an operation the metadata does not have', () => {
    expect(() => operationFacts(metadata, 'nope')).toThrow(/no operation nope/);
  });
});

describe('describeStates', () => {
  it('names every bucket, the empty ones too', () => {
    expect(describeStates(states)).toBe(
      'succeeded `DONE`; failed `FAILED`; cancelled none documented. Still running: `RUNNING`, and any state the spec does not list.',
    );
  });
});

describe('pushFacts', () => {
  it('describes a webhook and the jobs it reports', () => {
    expect(byLabel(pushFacts(metadata, 'jobDone')).Job).toBe(
      'reports the jobs of `getJob`: job id at `/id`, state at `/status`, outputs at `/urls/*`.',
    );
    expect(pushFacts(metadata, 'unknown')).toEqual([]);
  });
});
