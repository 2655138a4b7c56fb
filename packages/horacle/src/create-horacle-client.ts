import type { ClientOptions } from '@mediagen/runtime';
import { createProviderClient, type ProviderClient } from '@mediagen/runtime/provider';
import { batchHelpers } from './batch.js';
import { costPreviewHelpers } from './cost-preview.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { generationHelpers } from './generation.js';
import { heygenHelpers } from './heygen.js';
import { uploadHelpers } from './upload.js';
import { voiceHelpers } from './voices.js';
import { webhookHelpers } from './webhooks.js';

export type HoracleClientOptions = ClientOptions;

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type HoracleMetadata = typeof metadata;

/**
 * A typed Horacle client. The key comes from `apiKey` or `HORACLE_API_KEY` and is sent as
 * `Authorization: Bearer hk_live_…`, to the spec's origin only. Every operation is there through
 * openapi-fetch (`client.GET('/credits/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented flows.
 */
export interface HoracleClient
  extends ProviderClient<paths, operations, HoracleMetadata>,
    ReturnType<typeof generationHelpers>,
    ReturnType<typeof heygenHelpers>,
    ReturnType<typeof voiceHelpers>,
    ReturnType<typeof uploadHelpers>,
    ReturnType<typeof webhookHelpers>,
    ReturnType<typeof batchHelpers>,
    ReturnType<typeof costPreviewHelpers> {}

export function createHoracleClient(options: HoracleClientOptions = {}): HoracleClient {
  const client = createProviderClient<paths, operations, HoracleMetadata>(metadata, options);
  return Object.assign(client, {
    ...generationHelpers(client),
    ...heygenHelpers(client),
    ...voiceHelpers(client),
    ...uploadHelpers(client, options.fetch),
    ...webhookHelpers(client),
    ...batchHelpers(client),
    ...costPreviewHelpers(),
  });
}
