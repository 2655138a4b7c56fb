/**
 * A resumed journal entry whose first send may have gone out is never dropped because the resume's
 * own send was refused: the refusal says nothing about the first send, and a dropped entry would let
 * the next run begin anew with a new idempotency key (a second charge).
 */
import { createKillaTamataClient } from '@mediagen/killatamata';
import { resumePending, runJournaled } from '@mediagen/redis';
import { ConfigurationError } from '@mediagen/runtime';
import { createMemoryJobStore } from '@mediagen/runtime/provider';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const request = {
  key: 'order-1',
  operationId: 'submitMediaJob',
  init: { body: { task: 'image.generate', input: { prompt: 'fox' } } },
};

/** An entry a crashed attempt left: its idempotency key journaled, its answer not, its claim lapsed. */
async function leftBehind() {
  const store = createMemoryJobStore();
  await store.begin(
    {
      key: request.key,
      provider: 'killatamata',
      operationId: request.operationId,
      request: request.init,
      idempotencyKey: 'first-send',
    },
    { owner: 'crashed', ttlMs: 0 },
  );
  return store;
}

describe('resuming an entry whose first send may have been paid', () => {
  beforeEach(() => {
    // A process (an ops script, a new deployment) whose client has no API key.
    vi.stubEnv('KILLATAMATA_API_KEY', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('keeps the entry when runJournaled resumes it and the re-send is refused before sending', async () => {
    const store = await leftBehind();
    const client = createKillaTamataClient({ store });
    await expect(runJournaled(client, request)).rejects.toBeInstanceOf(ConfigurationError);
    expect(await store.get(request.key)).toMatchObject({ idempotencyKey: 'first-send' });
  });

  it('keeps the entry when resumePending is run from a client that cannot send', async () => {
    const store = await leftBehind();
    const client = createKillaTamataClient({ store });
    const [resumed] = await resumePending(client);
    expect(resumed).toMatchObject({ key: request.key, status: 'errored' });
    expect(await store.listPending()).toEqual([
      expect.objectContaining({ key: request.key, idempotencyKey: 'first-send' }),
    ]);
  });
});
