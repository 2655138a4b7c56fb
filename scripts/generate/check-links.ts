import type { OperationMetadata } from '../../packages/runtime/src/provider-metadata.ts';
import { fail } from './spec-error.ts';

/** Links are only useful if they land on an operation that takes their parameters and reads a job. */
export function checkLinks(spec: string, operations: Record<string, OperationMetadata>): void {
  for (const [id, op] of Object.entries(operations)) {
    for (const link of [op.status, op.cancel]) {
      if (!link) continue;
      const target = operations[link.operationId];
      if (!target) fail(spec, id, `links to unknown operation ${link.operationId}`);
      for (const param of Object.keys(link.parameters)) {
        if (!target.parameters?.[param]) {
          fail(spec, id, `link sets ${param}, which ${link.operationId} does not take`);
        }
      }
    }
    if (op.status && !operations[op.status.operationId]?.job) {
      fail(spec, id, `status link target ${op.status.operationId} has no x-mediagen-job-status`);
    }
  }
}
