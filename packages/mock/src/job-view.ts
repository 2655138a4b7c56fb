/** A job's status body right now: its walk's current example, with the job's own id and progress. */
import type { JsonPointer } from '@mediagen/runtime';
import type { StatusRoute } from './job-model.js';
import type { MockJob } from './job-store.js';
import { stepIndex } from './job-walk.js';
import { localizeOutputs } from './local-outputs.js';
import type { Outcome } from './scenario.js';
import type { DocumentedExample } from './spec-document.js';
import { writeCharge } from './write-charge.js';
import { writePointer } from './write-pointer.js';

export interface JobView {
  example: DocumentedExample;
  progress?: number;
  /** Set once the job has ended. */
  outcome?: Outcome;
}

export function viewJob(job: MockJob, now: number): JobView {
  const { walk, scenario } = job;
  if (job.cancelled && walk.terminal.cancelled)
    return { example: walk.terminal.cancelled, outcome: 'cancelled' };
  const index = stepIndex(job.reads, now - job.createdAt, scenario.stepMs, scenario.timeScale ?? 1);
  const step = walk.running[index];
  if (step) return step;
  const wanted = scenario.outcome ?? 'succeeded';
  const example = walk.terminal[wanted];
  if (example) return { example, outcome: wanted };
  return { example: walk.terminal.succeeded!, outcome: 'succeeded' };
}

/**
 * Points a finished job's outputs at the files the mock serves on `origin` (none: the documented
 * placeholders stay), and keeps which files they are for `serveOutput`.
 */
export function localizeJob(
  job: MockJob,
  body: unknown,
  pointers: readonly JsonPointer[],
  origin: string | undefined,
): void {
  if (origin === undefined) return;
  const files = localizeOutputs(body, pointers, job, origin);
  if (files.length > 0) job.outputs = files;
}

export function renderJob(
  job: MockJob,
  route: StatusRoute,
  view: JobView,
  origin?: string,
): unknown {
  const body = structuredClone(view.example.value);
  if (route.idPointer !== undefined) writePointer(body, route.idPointer, job.id);
  if (view.progress !== undefined && route.reader.progress)
    writePointer(body, route.reader.progress, view.progress);
  if (view.outcome) localizeJob(job, body, route.reader.outputs, origin);
  writeCharge(body, job.credits, route.reader.refund?.credits);
  return body;
}
