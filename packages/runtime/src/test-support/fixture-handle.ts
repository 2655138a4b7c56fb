import type { JobHandle } from '../job-handle.js';

/** A handle for a fixture job `id`, polled on `getJob`, submitted at `createdAt` (default now). */
export function fixtureHandle(id: string, createdAt: Date = new Date()): JobHandle {
  return {
    provider: 'acme',
    id,
    operationId: 'createJob',
    statusOperationId: 'getJob',
    params: { id },
    createdAt: createdAt.toISOString(),
  };
}
