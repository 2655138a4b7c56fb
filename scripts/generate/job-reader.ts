import type {
  JobListMetadata,
  JobReader,
  JobStatusMetadata,
  PollSchedule,
} from '../../packages/runtime/src/provider-metadata.ts';
import type { JobReaderExtension, Operation } from './openapi-document.ts';
import { fail } from './spec-error.ts';
import { withoutNotes } from './without-notes.ts';

/** How to read a job from a body (status, list item, push payload): state, outputs and the rest. */
export function jobReader(spec: string, where: string, ext: JobReaderExtension): JobReader {
  const need = (key: string) => fail(spec, where, `x-mediagen job reader needs \`${key}\``);
  const state = ext.state ?? need('state');
  const given = ext.states ?? need('states');
  const outputs = ext.outputs ?? need('outputs');
  const states = {
    running: given.running ?? [],
    succeeded: given.succeeded ?? [],
    failed: given.failed ?? [],
    cancelled: given.cancelled ?? [],
  };
  if (states.succeeded.length === 0) fail(spec, where, 'states.succeeded is empty');
  return {
    state,
    states,
    outputs,
    ...(ext.progress ? { progress: ext.progress } : {}),
    ...(ext.error ? { error: ext.error } : {}),
    ...(ext.refund ? { refund: ext.refund } : {}),
    ...(ext.failedWhen?.length ? { failedWhen: ext.failedWhen } : {}),
  };
}

/** `x-mediagen-job-status` on a status operation: its reader and poll schedule. */
export function jobStatus(
  spec: string,
  where: string,
  operation: Operation,
): JobStatusMetadata | undefined {
  const ext = operation['x-mediagen-job-status'];
  if (!ext) return undefined;
  const refund = operation['x-mediagen-refund'];
  const schedule = ext.schedule;
  if (!schedule?.timeoutMs || schedule.initialDelayMs === undefined) {
    fail(spec, where, 'x-mediagen-job-status.schedule needs initialDelayMs and timeoutMs');
  }
  if (!schedule.sequenceMs && !schedule.intervalMs) {
    fail(spec, where, 'x-mediagen-job-status.schedule needs intervalMs or sequenceMs');
  }
  return {
    ...jobReader(spec, where, { ...ext, ...(refund ? { refund: withoutNotes(refund) } : {}) }),
    schedule: withoutNotes(schedule) as PollSchedule,
  };
}

/** `x-mediagen-job-list` on a list operation: where the jobs are, and each one's id and reader. */
export function jobList(
  spec: string,
  where: string,
  operation: Operation,
): JobListMetadata | undefined {
  const ext = operation['x-mediagen-job-list'];
  if (!ext) return undefined;
  if (!ext.items || !ext.id || !ext.statusOperations) {
    fail(spec, where, 'x-mediagen-job-list needs items, id and statusOperations');
  }
  return {
    ...jobReader(spec, where, ext),
    statusOperations: ext.statusOperations,
    items: ext.items,
    id: ext.id,
  };
}
