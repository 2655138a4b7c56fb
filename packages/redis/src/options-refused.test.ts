/**
 * A bad numeric option is refused with a ConfigurationError that says what to pass, before anything
 * reaches the journal: Redis would answer with a raw error, or (concurrency 0) nothing would run.
 */
import { ConfigurationError, type JobStore, type ProviderMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createRedisState, type RedisStateOptions } from './create-redis-state.js';
import { createGenerationProcessor } from './generation-processor.js';
import type { JournalClient } from './journal-client.js';
import { runJournaled } from './journaled-job.js';
import { resumePending } from './resume-pending.js';

/** A journal every call of which fails the test: the refusal must come before it is used. */
const untouched = new Proxy({} as JobStore, {
  get: (_, method) => () => {
    throw new Error(`the journal was used (${String(method)}) before the options were checked`);
  },
});

const client = {
  metadata: { id: 'fake', name: 'Fake', operations: {} } as unknown as ProviderMetadata,
  store: untouched,
  submit: async () => {
    throw new Error('not reached');
  },
  wait: async () => {
    throw new Error('not reached');
  },
} as unknown as JournalClient;

/** What createRedisState throws; a state it made anyway is closed at once, so nothing lingers. */
function stateRefusal(options: RedisStateOptions): unknown {
  try {
    void createRedisState({ ...options, redis: { lazyConnect: true } }).close();
  } catch (error) {
    return error;
  }
  return undefined;
}

const bad = [0, -1, 1.5, Number.NaN] as number[];
const request = { key: 'k', operationId: 'submit' };

describe('bad numeric options', () => {
  it.each(bad)('runJournaled refuses submitClaimMs %s', async (submitClaimMs) => {
    await expect(runJournaled(client, request, { submitClaimMs })).rejects.toThrow(
      /submitClaimMs must be a whole number above 0.*how long one submit may take/,
    );
  });

  it.each(bad)('createGenerationProcessor refuses submitClaimMs %s', (submitClaimMs) => {
    expect(() => createGenerationProcessor(client, { submitClaimMs })).toThrow(ConfigurationError);
  });

  it.each(bad)('resumePending refuses concurrency %s', async (concurrency) => {
    await expect(resumePending(client, { concurrency })).rejects.toThrow(
      /concurrency must be a whole number above 0.*jobs are resumed at once/,
    );
  });

  it.each(bad)('createRedisState refuses journalTtlMs and endTtlMs %s', (ms) => {
    expect(stateRefusal({ journalTtlMs: ms })).toBeInstanceOf(ConfigurationError);
    expect(stateRefusal({ endTtlMs: ms })).toBeInstanceOf(ConfigurationError);
  });
});
