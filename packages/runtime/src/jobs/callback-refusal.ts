import { ConfigurationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';

/**
 * Why a `callback` wait on jobs of `statusOperationId` is refused, or undefined: a wait that expects
 * a push no callback or webhook reports would only ever poll on the safety-net schedule. `run()`
 * asks before its submit, so a mistaken option costs nothing rather than refusing a paid job.
 */
export function callbackRefusal(
  metadata: Pick<ProviderMetadata, 'id' | 'name' | 'pushes'>,
  statusOperationId: string | undefined,
): ConfigurationError | undefined {
  const declared =
    statusOperationId !== undefined &&
    Object.values(metadata.pushes ?? {}).some((push) =>
      push.statusOperations.includes(statusOperationId),
    );
  if (declared) return undefined;
  return new ConfigurationError(
    `${metadata.name} declares no callback or webhook for ${statusOperationId ?? 'these'} jobs; wait without { callback }.`,
    { provider: metadata.id },
  );
}
