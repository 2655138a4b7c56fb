import {
  ConnectionError,
  type JobHandle,
  type JobStore,
  type ProviderMetadata,
  SubmitOutcomeUnknownError,
  ValidationError,
} from '@mediagen/runtime';
import { createMemoryJobStore } from '@mediagen/runtime/provider';
import { describe, expect, it } from 'vitest';
import type { JournalClient } from './journal-client.js';
import { runJournaled } from './journaled-job.js';

const handle: JobHandle = {
  provider: 'fake',
  id: 'j-1',
  operationId: 'submit',
  statusOperationId: 'status',
  params: {},
  createdAt: '2025-01-01T00:00:00.000Z',
};

/** A client whose submit answers at once with `handle`, and whose wait is never reached. */
const client = {
  metadata: { id: 'fake', name: 'Fake', operations: {} } as unknown as ProviderMetadata,
  store: createMemoryJobStore(),
  submit: async () => ({ handle }),
  wait: async () => {
    throw new Error('not reached');
  },
} as unknown as JournalClient;

describe('runJournaled after the paid submit', () => {
  it('gives the handle with an error thrown by onSubmitted', async () => {
    const failed = runJournaled(
      client,
      { key: 'k-1', operationId: 'submit' },
      {
        onSubmitted: () => {
          throw new Error('the order database is down');
        },
      },
    );
    await expect(failed).rejects.toMatchObject({
      message: 'the order database is down',
      handle,
    });
  });
});

describe('runJournaled when its submit is refused before sending', () => {
  it('throws the refusal, not the error of a journal that could not drop the entry', async () => {
    const store = createMemoryJobStore();
    const refused = new ValidationError('prompt is required', { issues: [] });
    const failed = runJournaled(
      {
        ...client,
        submit: async () => {
          throw refused;
        },
      } as unknown as JournalClient,
      { key: 'k-2', operationId: 'submit' },
      {
        store: {
          ...store,
          discard: async () => {
            throw new Error('Command timed out');
          },
        },
      },
    );
    await expect(failed).rejects.toBe(refused);
  });
});

describe('runJournaled after its submit threw', () => {
  const keyed = {
    ...(client as unknown as { metadata: ProviderMetadata }).metadata,
    operations: { submit: { paid: true, idempotencyHeader: 'X-Idempotency-Key' } },
  } as unknown as ProviderMetadata;
  const lost = () => new ConnectionError('reset after sending', { jobMayExist: true });

  /** A client whose first submit throws `lost()`, and whose later ones answer with `handle`. */
  function flaky(metadata: ProviderMetadata) {
    const sentKeys: (string | undefined)[] = [];
    const flakyClient = {
      metadata,
      store: createMemoryJobStore(),
      submit: async (_: string, __: object, options: { idempotencyKey?: string }) => {
        sentKeys.push(options.idempotencyKey);
        if (sentKeys.length === 1) throw lost();
        return { handle };
      },
      wait: async () => ({ handle, outputs: [] }),
    };
    return { flakyClient: flakyClient as unknown as JournalClient, sentKeys };
  }

  /** True when another attempt may send the key's submit now, not after submitClaimMs. */
  const claimFree = (store: JobStore, key: string) =>
    store.claimSubmit(key, { owner: 'the retry', ttlMs: 60_000 });

  it('frees its own submit claim: a retry re-sends the same idempotency key at once', async () => {
    const { flakyClient, sentKeys } = flaky(keyed);
    const store = (flakyClient as unknown as { store: JobStore }).store;
    const first = runJournaled(flakyClient, { key: 'k-3', operationId: 'submit' });
    await expect(first).rejects.toBeInstanceOf(ConnectionError);
    expect(await claimFree(store, 'k-3')).toBe(true);
    await store.claimSubmit('k-3', { owner: 'the retry', ttlMs: 0 });
    await expect(runJournaled(flakyClient, { key: 'k-3', operationId: 'submit' })).resolves.toEqual(
      {
        handle,
        outputs: [],
      },
    );
    expect(sentKeys).toEqual([expect.any(String), sentKeys[0]]);
  });

  it('frees its own submit claim without a key: a retry fails closed at once, unsent', async () => {
    const { flakyClient, sentKeys } = flaky(client.metadata);
    const store = (flakyClient as unknown as { store: JobStore }).store;
    await expect(
      runJournaled(flakyClient, { key: 'k-4', operationId: 'submit' }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(await store.get('k-4')).toBeDefined();
    expect(await claimFree(store, 'k-4')).toBe(true);
    await store.claimSubmit('k-4', { owner: 'the retry', ttlMs: 0 });
    await expect(
      runJournaled(flakyClient, { key: 'k-4', operationId: 'submit' }),
    ).rejects.toBeInstanceOf(SubmitOutcomeUnknownError);
    expect(sentKeys).toHaveLength(1);
    // The refusal to re-send sent nothing either: the next look fails closed at once too.
    expect(await claimFree(store, 'k-4')).toBe(true);
  });

  it('frees the claim a resumed attempt took, when its re-send throws', async () => {
    const { flakyClient } = flaky(keyed);
    const store = (flakyClient as unknown as { store: JobStore }).store;
    // Left by a crashed attempt: the key journaled, no answer, its claim lapsed.
    await store.begin(
      { key: 'k-5', provider: 'fake', operationId: 'submit', idempotencyKey: 'first-send' },
      { owner: 'crashed', ttlMs: 0 },
    );
    await expect(
      runJournaled(flakyClient, { key: 'k-5', operationId: 'submit' }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(await claimFree(store, 'k-5')).toBe(true);
  });
});
