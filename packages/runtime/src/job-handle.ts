import { ConfigurationError, InvalidResponseError } from './errors.js';
import { linkValues } from './link-parameters.js';
import type { ProviderMetadata } from './provider-metadata.js';

/**
 * Everything needed to find a job again. Plain JSON: store it, send it to another process, and call
 * `wait(handle)` there to resume.
 */
export interface JobHandle {
  provider: string;
  /** The provider's job id. */
  id: string;
  /** The operation that submitted the job. */
  operationId: string;
  /** The operation that reports its state. */
  statusOperationId: string;
  /** Parameters of the status operation, by name. */
  params: Record<string, string>;
  /** When the job was submitted (ISO 8601). */
  createdAt: string;
}

export function isJobHandle(value: unknown): value is JobHandle {
  const v = value as Partial<JobHandle> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.provider === 'string' &&
    typeof v.id === 'string' &&
    typeof v.operationId === 'string' &&
    typeof v.statusOperationId === 'string' &&
    typeof v.params === 'object'
  );
}

/**
 * Builds the handles a submit response describes, following the spec's `status` link: one handle,
 * or one per id where the link is marked `each`.
 */
export function createJobHandles(
  metadata: ProviderMetadata,
  operationId: string,
  body: unknown,
  request: Record<string, unknown> = {},
  now = new Date(),
): JobHandle[] {
  const link = metadata.operations[operationId]?.status;
  if (!link) {
    throw new ConfigurationError(
      `${metadata.name} ${operationId} does not start a job (its spec has no status link).`,
      {
        provider: metadata.id,
        operationId,
      },
    );
  }
  const columns = linkValues(link, body, request);
  const count = link.each ? Math.max(0, ...columns.map(([, v]) => v.length)) : 1;
  const handles: JobHandle[] = [];
  for (let i = 0; i < count; i++) {
    const params: Record<string, string> = {};
    for (const [name, values] of columns) {
      const value = values.length === 1 ? values[0] : values[i];
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new InvalidResponseError(
          `${metadata.name} ${operationId} answered without a job id at ${JSON.stringify(link.parameters[name])}; the job may still have started.`,
          { provider: metadata.id, operationId, body },
        );
      }
      params[name] = String(value);
    }
    handles.push({
      provider: metadata.id,
      id: Object.values(params)[0]!,
      operationId,
      statusOperationId: link.operationId,
      params,
      createdAt: now.toISOString(),
    });
  }
  return handles;
}
