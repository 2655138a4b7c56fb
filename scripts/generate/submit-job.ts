import type { JobReader, OperationMetadata } from '../../packages/runtime/src/provider-metadata.ts';

import { type JobReaderExtension, type OpenApiDocument, operationsIn } from './openapi-document.ts';
import { withoutNotes } from './without-notes.ts';

type ReadJob = (spec: string, where: string, ext: JobReaderExtension) => JobReader;

/**
 * `x-mediagen-submit-job` on a submit: its success body already reports the job's state (a job can
 * end before the submit answers), read like the status body. Fields it leaves out come from the
 * status operation's reader, so `{}` says "reads like the status body".
 */
export function addSubmitJobs(
  spec: string,
  doc: OpenApiDocument,
  operations: Record<string, OperationMetadata>,
  readJob: ReadJob,
): void {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [, op] of operationsIn(item)) {
      const ext = op['x-mediagen-submit-job'];
      if (!ext || !op.operationId) continue;
      const where = `${op.operationId} x-mediagen-submit-job`;
      const meta = operations[op.operationId];
      const statusJob = meta?.status && operations[meta.status.operationId]?.job;
      if (!meta || !statusJob)
        throw new Error(`${spec}: ${where}: needs a status link to a job status`);
      const { schedule: _schedule, ...statusReader } = statusJob;
      meta.submitJob = readJob(spec, where, { ...statusReader, ...withoutNotes(ext) });
    }
  }
}
