import type { JobHandle } from '@mediagen/runtime';
import type { ProviderName } from './model-context.js';

/** For tests: the handle of a job `id` of `provider`, as a client's submit makes one. */
export function fixtureHandle(provider: ProviderName, id: string): JobHandle {
  return {
    provider,
    id,
    operationId: 'submitJob',
    statusOperationId: 'getJob',
    params: { id },
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}
