import { readFirst, readPointer } from '../json-pointer.js';
import type { JobReader } from '../provider-metadata.js';

export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A job's state, normalized across providers. */
export interface JobSnapshot {
  /** The provider's own state, such as `IN_PROGRESS`. */
  state: string;
  status: JobStatus;
  /** 0-100, where the API reports it. */
  progress?: number;
  outputs: string[];
  errorMessage?: string;
  errorCode?: string;
  creditsRefunded?: number;
  refundStatus?: string;
}

const BUCKETS: JobStatus[] = ['succeeded', 'failed', 'cancelled', 'running'];

export function readJob(reader: JobReader, body: unknown): JobSnapshot {
  const state = String(readFirst(body, reader.state) ?? 'unknown');
  // A state the spec does not list is not terminal: keep polling rather than drop a live job.
  const listed = BUCKETS.find((b) => reader.states[b].includes(state)) ?? 'running';
  const status = listed === 'running' && failedAnyway(reader, body) ? 'failed' : listed;
  const outputs = reader.outputs
    .flatMap((p) => readPointer(body, p))
    .filter((v): v is string => typeof v === 'string');
  const snapshot: JobSnapshot = { state, status, outputs };
  const progress = readFirst(body, reader.progress);
  if (typeof progress === 'number') snapshot.progress = progress;
  const message = readFirst(body, reader.error?.message);
  if (typeof message === 'string' && message) snapshot.errorMessage = message;
  const code = readFirst(body, reader.error?.code);
  if (typeof code === 'string' || typeof code === 'number') snapshot.errorCode = String(code);
  return Object.assign(snapshot, readRefund(reader.refund, body));
}

/** Whether a body still marked running carries what the spec says only a failed job carries. */
export function failedAnyway(reader: JobReader, body: unknown): boolean {
  return (reader.failedWhen ?? []).some((pointer) => {
    const value = readFirst(body, pointer);
    return (
      value === true ||
      (typeof value === 'string' && value !== '') ||
      (typeof value === 'number' && value > 0)
    );
  });
}

/** The refund a body reports, where the spec's `x-mediagen-refund` points. */
export function readRefund(
  refund: JobReader['refund'],
  body: unknown,
): Pick<JobSnapshot, 'creditsRefunded' | 'refundStatus'> {
  const out: Pick<JobSnapshot, 'creditsRefunded' | 'refundStatus'> = {};
  const credits = readFirst(body, refund?.credits);
  if (typeof credits === 'number') out.creditsRefunded = credits;
  const status = readFirst(body, refund?.status);
  if (typeof status === 'string') out.refundStatus = status;
  return out;
}
