import { readFirst } from '../json-pointer.js';
import type { JobPushMetadata } from '../provider-metadata.js';
import { type JobSnapshot, readJob } from './read-job.js';

/** A job's state as a callback or webhook reports it, read like a status body. */
export interface PushedJob extends JobSnapshot {
  /** The provider's job id, as a handle's `id`. */
  id: string;
}

/** Reads the job a push payload reports; `undefined` when the payload names no job. */
export function readPushedJob(push: JobPushMetadata, body: unknown): PushedJob | undefined {
  const id = readFirst(body, push.id);
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  return { id: String(id), ...readJob(push, body) };
}
