import type { JobHandle } from '../job-handle.js';
import type { JobLook, JobPoller, LookOptions, PollerSource } from './job-poller.js';
import { readJob } from './read-job.js';

/** One status request for the job, after the caller's own cap where it gave one. */
export async function lookDirectly(
  source: PollerSource,
  handle: JobHandle,
  options: LookOptions,
): Promise<JobLook> {
  const job = source.metadata.operations[handle.statusOperationId]!.job!;
  await options.limiter?.acquire(options.signal);
  const body = await source.poll(handle, options.signal);
  return { snapshot: readJob(job, body), body };
}

/** The first end seen is final: a later look that contradicts it answers with the kept one. */
export function keepFirstEnd(source: PollerSource, handle: JobHandle, look: JobLook): JobLook {
  if (look.snapshot.status === 'running' || !source.pushes) return look;
  const { end } = source.pushes.deliver(
    { job: { ...look.snapshot, id: handle.id }, body: look.body },
    false,
  );
  return end ? { snapshot: end.job, body: end.body } : look;
}

/**
 * The poll loop of a client whose spec declares no job list: every look is one status request.
 * `createJobPoller` (the `listPolling` part) adds the shared list rounds; without a list it behaves
 * exactly like this, so a client that needs none leaves it out of its bundle.
 */
export function createDirectPoller(source: PollerSource): JobPoller {
  return {
    watch: () => () => {},
    look: async (handle, options = {}) =>
      keepFirstEnd(source, handle, await lookDirectly(source, handle, options)),
  };
}
