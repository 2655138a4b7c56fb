import type { JobHandle } from '@mediagen/runtime';

/** The handle of a Killa Tamata media job, as its submit would have made it, for a given id. */
export const killaTamataHandle = (id: string): JobHandle => ({
  provider: 'killatamata',
  id,
  operationId: 'submitMediaJob',
  statusOperationId: 'getMediaJob',
  params: { jobId: id },
  createdAt: new Date().toISOString(),
});
