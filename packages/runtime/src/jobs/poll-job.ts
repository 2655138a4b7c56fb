import type { JobHandle } from '../job-handle.js';
import { type JobDriver, statusMetadata } from './job-driver.js';
import { type JobSnapshot, readJob } from './read-job.js';

/** One look at a job: its normalized state and the status answer it was read from. */
export interface PolledJob<Body = unknown> extends JobSnapshot {
  handle: JobHandle;
  body: Body;
}

/** One status request for a job, read into a snapshot. A CLI, a dashboard or a cron check needs this. */
export async function pollJob<Body = unknown>(
  driver: JobDriver,
  handle: JobHandle,
  signal?: AbortSignal,
): Promise<PolledJob<Body>> {
  const job = statusMetadata(driver.metadata, handle);
  const body = await driver.poll(handle, signal);
  return { ...readJob(job, body), handle, body: body as Body };
}
