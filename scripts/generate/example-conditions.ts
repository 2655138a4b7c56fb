import type {
  OperationMetadata,
  SubmitCondition,
} from '../../packages/runtime/src/provider-metadata.ts';
import { extensionObject } from './extension-object.ts';
import { type OpenApiDocument, operationsIn } from './openapi-document.ts';

const isRecord = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

function condition(where: string, ext: unknown, submits: readonly string[]): SubmitCondition {
  const own = extensionObject(where, ext, ['operationId', 'body', 'path', 'query']);
  if (Object.keys(own).length === 0) {
    throw new Error(`${where}: names no condition, so it fits every job; drop it`);
  }
  const ids: unknown[] = own.operationId === undefined ? [] : [own.operationId].flat();
  if (own.operationId !== undefined && ids.length === 0) {
    throw new Error(`${where}: operationId is an empty list`);
  }
  for (const id of ids) {
    if (typeof id !== 'string' || !submits.includes(id)) {
      throw new Error(
        `${where}: ${JSON.stringify(id)} is no submit polled here; use one of ${submits.join(', ') || '(none: no submit links here)'}`,
      );
    }
  }
  for (const part of ['path', 'query'] as const) {
    if (own[part] !== undefined && !isRecord(own[part])) {
      throw new Error(`${where}: ${part} must map parameter names to values`);
    }
  }
  return own as SubmitCondition;
}

/**
 * `x-mediagen-when` on a status operation's success examples: which submits end on that example
 * (an image job on an image result), written into its job metadata as `exampleWhen`. Anywhere else
 * it would be read by nothing, so it fails.
 */
export function addExampleConditions(
  spec: string,
  doc: OpenApiDocument,
  operations: Record<string, OperationMetadata>,
): void {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [, op] of operationsIn(item)) {
      if (!op.operationId) continue;
      const job = operations[op.operationId]?.job;
      const submits = Object.entries(operations)
        .filter(([, o]) => o.status?.operationId === op.operationId)
        .map(([id]) => id);
      const found: Record<string, SubmitCondition> = {};
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        for (const media of Object.values(response?.content ?? {})) {
          for (const [name, example] of Object.entries(media?.examples ?? {})) {
            const ext = example?.['x-mediagen-when'];
            if (ext === undefined) continue;
            const where = `${spec}: ${op.operationId} ${code} example ${name} x-mediagen-when`;
            if (!job || !code.startsWith('2')) {
              throw new Error(
                `${where}: only a status operation's success examples are chosen by submit; move it there or drop it`,
              );
            }
            if (found[name]) throw new Error(`${where}: a second success example named ${name}`);
            found[name] = condition(where, ext, submits);
          }
        }
      }
      if (job && Object.keys(found).length > 0) job.exampleWhen = found;
    }
  }
}
