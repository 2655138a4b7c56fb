import { ValidationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { ResolvedOperation } from './resolve-operation.js';

/**
 * Refuses a request that lacks a header parameter its spec marks required (Killa Tamata's x402
 * `PAYMENT-SIGNATURE`), before it is sent: the server would refuse it too, after a round trip.
 * Read from the finished request, so a header from the client's defaults counts.
 */
export function refuseMissingHeaders(
  metadata: ProviderMetadata,
  request: Request,
  op: ResolvedOperation | undefined,
): void {
  const missing = (op?.meta.requiredHeaders ?? []).filter((name) => !request.headers.has(name));
  if (missing.length === 0) return;
  const names = missing.join(', ');
  throw new ValidationError(
    `${metadata.name} ${op!.id} needs the ${names} header, so it was not sent (nothing was charged); pass it as params.header or in headers.`,
    {
      provider: metadata.id,
      operationId: op!.id,
      method: op!.meta.method.toUpperCase(),
      path: op!.meta.path,
      issues: missing.map((name) => ({ path: `(header ${name})`, message: 'is required' })),
    },
  );
}
