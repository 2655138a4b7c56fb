import type { JobReader, OperationMetadata } from '../../packages/runtime/src/provider-metadata.ts';

// biome-ignore lint/suspicious/noExplicitAny: a dereferenced OpenAPI document is untyped JSON.
type Json = any;
type ReadJob = (spec: string, where: string, ext: Json) => JobReader;

/**
 * `x-mediagen-submit-job` on a submit: its success body already reports the job's state (a job can
 * end before the submit answers), read like the status body. Fields it leaves out come from the
 * status operation's reader, so `{}` says "reads like the status body".
 */
export function addSubmitJobs(
  spec: string,
  doc: Json,
  operations: Record<string, OperationMetadata>,
  readJob: ReadJob,
): void {
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const op of Object.values<Json>(item ?? {})) {
      const ext = op?.['x-mediagen-submit-job'];
      if (!ext || !op.operationId) continue;
      const where = `${op.operationId} x-mediagen-submit-job`;
      const meta = operations[op.operationId];
      const statusJob = meta?.status && operations[meta.status.operationId]?.job;
      if (!meta || !statusJob)
        throw new Error(`${spec}: ${where}: needs a status link to a job status`);
      const { schedule: _schedule, ...statusReader } = statusJob;
      const { 'x-mediagen-assumption': _note, ...own } = ext;
      meta.submitJob = readJob(spec, where, { ...statusReader, ...own });
    }
  }
}
