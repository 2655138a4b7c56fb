import { ConfigurationError, InvalidResponseError } from '../errors.js';
import type { JobHandle } from '../job-handle.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import { linkValues } from './link-parameters.js';

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
