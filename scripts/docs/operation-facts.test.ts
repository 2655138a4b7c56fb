import type { ProviderMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../packages/runtime/src/test-support/fixture-metadata.ts';
import { describeStates, operationFacts, pushFacts } from './operation-facts.ts';

// The runtime's own test metadata (a status route with a cancel, a list, a callback and a webhook),
// with a price, a documented rate limit, a submit's own first delay and an upload added.
const metadata: ProviderMetadata = {
  ...fixture,
  operations: {
    ...fixture.operations,
    createKeyedJob: {
      ...fixture.operations.createKeyedJob,
      rateLimit: { group: 'generation', requests: 10, perSeconds: 60 },
      prices: { property: 'model', credits: { fast: 5 } },
      schedule: { initialDelayMs: 30000 },
    },
    upload: { method: 'post', path: '/uploads', auth: true, maxUploadBytes: 10485760 },
  },
};
const { states } = fixture.operations.getJob.job;

const byLabel = (facts: { label: string; text: string }[]) =>
  Object.fromEntries(facts.map((f) => [f.label, f.text]));

describe('operationFacts', () => {
  it('gives a submit its job, the merged poll schedule, states, price, limit, key and retry advice', () => {
    const facts = byLabel(operationFacts(metadata, 'createKeyedJob'));
    expect(facts.Job).toBe(
      "starts a job, polled with `getJob` (GET /jobs/{id}): `id` from the answer's `/id`. Cancel with `cancelJob` (DELETE /jobs/{id}).",
    );
    expect(facts['Poll schedule']).toMatch(
      /^first check after 30 s, then every 2 s, growing \+ 1 s per check up to 4 s; gives up waiting after 1 min .*\. The first check is this operation's own; the rest is the status operation's\.$/,
    );
    expect(facts['Terminal states']).toBe(describeStates(states));
    expect(facts.Price).toBe('by `model`: `fast` 5 credits.');
    expect(facts['Rate limit']).toMatch(/^group `generation`, 10 requests per 1 min/);
    expect(facts.Idempotency).toMatch(/`X-Idempotency-Key` header/);
    expect(facts['Retry advice']).toMatch(/^Up to 2 retries on 408, 429, 500/);
    expect(facts.Push).toMatch(
      /^webhook `jobEvent`, registered once, reports the job's end; nothing documented proves a delivery real/,
    );
  });

  it('gives a paid submit without a key its callback and the no-work retry rule', () => {
    const facts = operationFacts(metadata, 'createJob');
    const pushes = facts.filter((f) => f.label === 'Push').map((f) => f.text);
    expect(pushes[0]).toMatch(
      /^when the job ends the provider posts to the URL you give in `callbackUrl` \(callback `jobDone`\); it echoes a token in the query `token`/,
    );
    expect(byLabel(facts)['Retry advice']).toMatch(/^Paid and not idempotent, .* or on 429,/);
    expect(byLabel(facts).Price).toMatch(/^paid: .* declares no price/);
  });

  it('gives a status operation how it reads the job, whose jobs it polls, and its cancel', () => {
    const facts = byLabel(operationFacts(metadata, 'getJob'));
    expect(facts['Job status']).toBe(
      'reads state at `/status`, outputs at `/outputs/*/url`, progress (0-100) at `/progress`, error at `/error/message`, `/error/code`; polls the jobs of `createJob`, `createKeyedJob` (own schedule).',
    );
    expect(facts['Poll schedule']).toMatch(/^first check after 1 s, then every 2 s,/);
    expect(facts.Cancel).toBe('with `cancelJob` (DELETE /jobs/{id}).');
    expect(facts.Price).toBe('free: it creates no billable work.');
  });

  it('gives a cancel its refund and the jobs it cancels, and an upload its limit', () => {
    expect(byLabel(operationFacts(metadata, 'cancelJob'))).toMatchObject({
      Refund: 'refunded credits at `/refunded`.',
      Cancels: 'jobs read by `getJob`.',
    });
    expect(byLabel(operationFacts(metadata, 'listJobs'))['Job list']).toMatch(
      /^reports the jobs of `getJob` in bulk \(items at `\/jobs`, id at `\/id`\)/,
    );
    expect(byLabel(operationFacts(metadata, 'upload'))['Upload limit']).toBe('10 MiB per file.');
  });

  it('refuses an operation the metadata does not have', () => {
    expect(() => operationFacts(metadata, 'nope')).toThrow(/no operation nope/);
  });
});

describe('describeStates', () => {
  it('names every bucket, an empty one too', () => {
    expect(describeStates({ ...states, cancelled: [] })).toBe(
      'succeeded `done`; failed `failed`; cancelled none documented. Still running: `queued`, `running`, and any state the spec does not list.',
    );
  });
});

describe('pushFacts', () => {
  it('describes a webhook and the jobs it reports', () => {
    expect(byLabel(pushFacts(metadata, 'jobEvent')).Job).toBe(
      'reports the jobs of `getJob`: job id at `/job/id`, state at `/job/status`, outputs at `/job/outputs/*/url`.',
    );
    expect(pushFacts(metadata, 'unknown')).toEqual([]);
  });
});
