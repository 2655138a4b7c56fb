import { describe, expect, it } from 'vitest';
import { ServerError } from '../errors.js';
import { noRedaction } from '../redact.js';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { createJobApi } from './create-job-api.js';
import { createDirectPoller } from './look-directly.js';

/** A job API whose every operation call fails as a 502 would. */
function failingApi() {
  const { api } = createJobApi({
    metadata: fixture,
    redact: noRedaction,
    call: async (operationId) => {
      throw new ServerError('Bad gateway', { provider: fixture.id, operationId, status: 502 });
    },
    createPoller: createDirectPoller,
  });
  return api;
}

describe('createJobApi', () => {
  it.each(['poll', 'cancel'] as const)(
    'a failed %s carries the handle and names the job, as a wait does',
    async (method) => {
      const handle = fixtureHandle('job_9');
      const error = await failingApi()
        [method](handle)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ handle });
      expect((error as Error).message).toContain('job_9');
    },
  );

  it("runs poll's one status request on the caller's request options", async () => {
    const seen: unknown[] = [];
    const { api } = createJobApi({
      metadata: fixture,
      redact: noRedaction,
      call: async (_operationId, _init, options) => {
        seen.push(options);
        return { status: 'running' };
      },
      createPoller: createDirectPoller,
    });
    const polled = await api.poll(fixtureHandle('job_9'), {
      timeoutMs: 1234,
      retry: { maxRetries: 0 },
    });
    expect(polled.state).toBe('running');
    expect(seen).toEqual([{ timeoutMs: 1234, retry: { maxRetries: 0 }, validate: false }]);
  });
});
