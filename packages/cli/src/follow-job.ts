/**
 * Waits for one job with the view showing it, then downloads its outputs where asked. The wait is
 * bounded by the spec's timeout (or `timeoutMs`) and the run's signal; the downloads by theirs.
 */
import type { JobHandle, JobResult } from '@mediagen/runtime';
import { downloadOutputs } from './download.js';
import type { JobView } from './job-view.js';
import type { Session } from './session.js';

export interface FollowOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  download?: { dir: string; force: boolean };
  view: JobView;
}

/** The first poll's delay: the submit's own, else the status operation's, else the override's. */
export function firstPollMs(
  session: Session,
  handle: JobHandle,
  resumed: boolean,
): number | undefined {
  if (resumed) return undefined;
  const ops = session.adapter.metadata.operations;
  return (
    session.schedule(handle.statusOperationId)?.initialDelayMs ??
    ops[handle.operationId]?.schedule?.initialDelayMs ??
    ops[handle.statusOperationId]?.job?.schedule.initialDelayMs
  );
}

export async function followJob(
  session: Session,
  handle: JobHandle,
  options: FollowOptions,
): Promise<{ result: JobResult; files?: string[] }> {
  const schedule = session.schedule(handle.statusOperationId);
  const result = await session.client.wait(handle, {
    signal: options.signal,
    onProgress: (p) => options.view.progress(p),
    ...(schedule ? { schedule } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!options.download) return { result };
  const saved = await downloadOutputs(result.outputs, {
    dir: options.download.dir,
    force: options.download.force,
    jobId: handle.id,
    signal: options.signal,
    onProgress: (file, bytes, total) => options.view.downloading(file, bytes, total),
  });
  return { result, files: saved.map((f) => f.path) };
}
