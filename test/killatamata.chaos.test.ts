import { createKillaTamataClient, type KillaTamataClient } from '@mediagen/killatamata';
import type { MockServer } from '@mediagen/mock';
import { MediagenError } from '@mediagen/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepoMock } from './helpers/start-repo-mock.ts';

const JOBS = 1000;
const CONCURRENCY = 50;
const FAILING_EVERY = 20;
const apiKey = 'kt_chaos_0123456789';
const fox = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 } as const;

describe('chaos: 1,000 Killa Tamata jobs through the mock at 20 % faults', () => {
  let mock: MockServer;
  beforeAll(async () => {
    // 429 before any work; 5xx, resets, stalled and cut-off answers after the job was created and charged.
    mock = await startRepoMock('killatamata', {
      // steps: 0 ends a job at its first status read, keeping the run light next to the other chaos run.
      scenario: { faultRate: 0.2, seed: 20261201, retryAfterSeconds: 0, steps: 0 },
    });
  });
  afterAll(() => mock.close());

  const clientFor = (outcome?: 'failed') =>
    createKillaTamataClient({
      apiKey,
      baseUrl: mock.url,
      // Attempts short enough that a stalled answer costs half a second, long enough for a loaded
      // machine; and enough retries that four faults in a row still leave room.
      timeoutMs: 500,
      retry: { maxRetries: 8, baseDelayMs: 1, maxDelayMs: 20 },
      ...(outcome ? { headers: { 'x-mediagen-mock': `outcome=${outcome}` } } : {}),
    });

  it('charges every job once, loses none, and ends each in its own outcome', async () => {
    const clients: Record<'ok' | 'failing', KillaTamataClient> = {
      ok: clientFor(),
      failing: clientFor('failed'),
    };
    const outcomes: Record<string, number> = {};
    const keys = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < JOBS) {
        const i = next++;
        const failing = i % FAILING_EVERY === 0;
        const idempotencyKey = `chaos-${i}`;
        keys.add(idempotencyKey);
        const outcome = await clients[failing ? 'failing' : 'ok']
          .generate('image.generate', fox, {
            idempotencyKey,
            schedule: { initialDelayMs: 0, intervalMs: 1, multiplier: 1, maxIntervalMs: 1 },
            maxPollFailures: 30,
            timeoutMs: 20_000,
          })
          .then(
            (result) => result.status,
            (error: unknown) => (error instanceof MediagenError ? error.name : 'untyped'),
          );
        const label = `${failing ? 'failing' : 'ok'}:${outcome}`;
        outcomes[label] = (outcomes[label] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const charges = new Map<string, number>();
    for (const charge of mock.ledger) {
      charges.set(charge.idempotencyKey!, (charges.get(charge.idempotencyKey!) ?? 0) + 1);
    }
    const duplicates = [...charges.values()].filter((n) => n > 1).length;
    expect(duplicates).toBe(0);
    expect(charges.size).toBe(JOBS);
    expect([...charges.keys()].every((k) => keys.has(k))).toBe(true);
    // Every job ends in its provider outcome; no SubmitOutcomeUnknownError, since the key makes
    // every retry of a submit safe.
    expect(outcomes).toEqual({
      'ok:succeeded': JOBS - JOBS / FAILING_EVERY,
      'failing:JobFailedError': JOBS / FAILING_EVERY,
    });
  }, 90_000);
});
