import type { JobHandle, ProviderMetadata } from '@mediagen/runtime';
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
