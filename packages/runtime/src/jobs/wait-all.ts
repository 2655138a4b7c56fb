import type { JobHandle } from '../job-handle.js';
import type { JobDriver } from './job-driver.js';
import { type JobSettled, type WaitAllOptions, waitEach } from './wait-each.js';

export type { JobSettled, WaitAllOptions } from './wait-each.js';

/**
 * Waits for many jobs and settles like `Promise.allSettled`, in the order given: `waitEach`,
 * collected. Each job ends completed or with a typed error that carries its handle.
 */
export async function waitAll<Body = unknown>(
  driver: JobDriver,
  handles: readonly JobHandle[],
  options: WaitAllOptions = {},
): Promise<JobSettled<Body>[]> {
  const results: JobSettled<Body>[] = new Array(handles.length);
  const index = new Map<JobHandle, number[]>();
  for (const [i, h] of handles.entries()) index.set(h, [...(index.get(h) ?? []), i]);
  for await (const result of waitEach<Body>(driver, handles, options)) {
    results[index.get(result.handle)!.shift()!] = result;
  }
  return results;
}
