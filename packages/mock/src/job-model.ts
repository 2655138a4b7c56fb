/**
 * What the state layer knows about a provider's jobs, taken from its generated metadata (links,
 * job readers, idempotency headers, list operations) and the spec's documented examples.
 */
import type { JobListMetadata, JobStatusMetadata, ProviderMetadata } from '@mediagen/runtime';
import { readFirst } from '@mediagen/runtime/provider';
import { findJobCount, type JobCount } from './job-count.js';
import type { WalkExample } from './job-walk.js';
import type { DocumentedExample, SpecDocument } from './spec-document.js';
import { findString } from './write-pointer.js';

export interface SubmitRoute {
  statusOperationId: string;
  /** Where the new job's id is in the submit answer. */
  idPointer: string;
  /** The answer points at an array of ids: one job per element. */
  each: boolean;
  /** With `each`: how many jobs a body asks for. */
  count?: JobCount;
  idempotencyHeader?: string;
  paid: boolean;
}

export interface StatusRoute {
  reader: JobStatusMetadata;
  /** The parameter that names the job, and where it is. */
  idParam: { name: string; in: 'path' | 'query' };
  examples: WalkExample[];
  /** Where the job's id is in a status body, found from the documented examples. */
  idPointer?: string;
  /** An id as the spec writes it, for the shape of fresh ids. */
  exampleId: string;
  idPattern?: string;
}

export interface CancelRoute {
  statusOperationId: string;
  idParam: { name: string; in: 'path' | 'query' };
}

export interface JobModel {
  submits: Map<string, SubmitRoute>;
  statuses: Map<string, StatusRoute>;
  cancels: Map<string, CancelRoute>;
  lists: Map<string, JobListMetadata>;
}

function okExamples(doc: SpecDocument, operationId: string): DocumentedExample[] {
  return doc.responses(operationId).find((r) => r.status >= 200 && r.status < 300)?.examples ?? [];
}

export function buildJobModel(doc: SpecDocument, metadata: ProviderMetadata): JobModel {
  const model: JobModel = {
    submits: new Map(),
    statuses: new Map(),
    cancels: new Map(),
    lists: new Map(),
  };
  const ops = metadata.operations;
  for (const [id, op] of Object.entries(ops)) {
    if (op.jobList) model.lists.set(id, op.jobList);
    const link = op.status;
    const target = link && ops[link.operationId];
    if (!link || !target?.job) continue;
    const [paramName, source] = Object.entries(link.parameters)[0] ?? [];
    if (!paramName || source?.from !== 'response.body') continue;
    const documentedIds = readFirst(okExamples(doc, id)[0]?.value, source.pointer);
    model.submits.set(id, {
      statusOperationId: link.operationId,
      idPointer: source.pointer,
      each: Boolean(link.each),
      ...(link.each && Array.isArray(documentedIds)
        ? {
            count: findJobCount(
              documentedIds.length,
              doc.requestExamples(doc.operation(id)).map((e) => e.value),
              op.input,
            ),
          }
        : {}),
      paid: Boolean(op.paid),
      ...(op.idempotencyHeader ? { idempotencyHeader: op.idempotencyHeader.toLowerCase() } : {}),
    });
    if (model.statuses.has(link.operationId)) continue;
    const exampleId = String(
      (Array.isArray(documentedIds) ? documentedIds[0] : documentedIds) ?? 'job_0000000000',
    );
    const made = target.job.exampleWhen ?? {};
    const examples = okExamples(doc, link.operationId).map((e) =>
      made[e.name] ? { ...e, when: made[e.name] } : e,
    );
    const idPointer = examples
      .map((e) => findString(e.value, exampleId))
      .find((p) => p !== undefined);
    const location = target.parameters?.[paramName] === 'path' ? 'path' : 'query';
    const pattern = doc.parameterSchema(link.operationId, paramName)?.pattern;
    model.statuses.set(link.operationId, {
      reader: target.job,
      idParam: { name: paramName, in: location },
      examples,
      exampleId,
      ...(idPointer !== undefined ? { idPointer } : {}),
      ...(typeof pattern === 'string' ? { idPattern: pattern } : {}),
    });
    const cancel = target.cancel;
    if (cancel) {
      const [cancelParam, from] = Object.entries(cancel.parameters)[0] ?? [];
      if (cancelParam && from && from.from !== 'response.body') {
        model.cancels.set(cancel.operationId, {
          statusOperationId: link.operationId,
          idParam: {
            name: cancelParam,
            in: ops[cancel.operationId]?.parameters?.[cancelParam] === 'query' ? 'query' : 'path',
          },
        });
      }
    }
  }
  return model;
}
