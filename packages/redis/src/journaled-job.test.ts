import { type JobHandle, type ProviderMetadata, ValidationError } from '@mediagen/runtime';
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
