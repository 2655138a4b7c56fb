import type { PathSerializer } from 'openapi-fetch';
import type { JobPoller, PollerSource } from '../jobs/job-poller.js';
import type { ProviderMetadata } from '../provider-metadata.js';

/**
 * The parts of a client only some specs need, passed in rather than imported by the runtime, so a
 * bundle carries only those its spec uses. A provider's `create-<p>-client.ts` imports each one its
 * spec needs from `@mediagen/runtime/provider`; `createProviderClient` passes them all.
 */
export interface ClientParts {
  /** `listPolling`: waits share list requests, where an operation declares a `jobList`. */
  listPolling?: (source: PollerSource) => JobPoller;
  /** `reservedPathParameters`: keeps `/` in the path parameters an operation marks reserved. */
  reservedPathParameters?: (metadata: ProviderMetadata) => PathSerializer | undefined;
}

export type PartName = keyof ClientParts;

/** The parts a spec's metadata declares a need for. */
export function neededParts(metadata: Pick<ProviderMetadata, 'operations'>): PartName[] {
  const ops = Object.values(metadata.operations);
  const needs: Record<PartName, boolean> = {
    listPolling: ops.some((op) => op.jobList),
    reservedPathParameters: ops.some((op) => op.reservedParameters?.length),
  };
  return (Object.keys(needs) as PartName[]).filter((name) => needs[name]);
}

/** The first part the metadata needs that `parts` lacks, if any. */
export function missingPart(metadata: ProviderMetadata, parts: ClientParts): PartName | undefined {
  return neededParts(metadata).find((name) => !parts[name]);
}
