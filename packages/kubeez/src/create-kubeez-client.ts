import type { ClientOptions } from '@mediagen/runtime';
import { createProviderClient, type ProviderClient } from '@mediagen/runtime/provider';
import { assetHelpers } from './assets.js';
import { catalogHelpers, DEFAULT_CATALOG_TTL_MS } from './catalog.js';
import { costPreviewHelpers } from './cost-preview.js';
import { generateFromFileHelper } from './generate-from-file.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { generationHelpers } from './generation.js';
import { uploadHelpers } from './upload.js';

export interface KubeezClientOptions extends ClientOptions {
  /** How long catalog reads (cost preview, model rows) are reused. Default 10 minutes. */
  catalogTtlMs?: number;
}

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type KubeezMetadata = typeof metadata;

/**
 * A typed Kubeez client. The key comes from `apiKey` or `KUBEEZ_API_KEY` and is sent as `X-API-Key`
 * (public `/docs/*` and `/health` routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented workflows.
 */
export interface KubeezClient
  extends ProviderClient<paths, operations, KubeezMetadata>,
    ReturnType<typeof generationHelpers>,
    ReturnType<typeof uploadHelpers>,
    ReturnType<typeof generateFromFileHelper>,
    ReturnType<typeof assetHelpers>,
    ReturnType<typeof catalogHelpers>,
    ReturnType<typeof costPreviewHelpers> {}

export function createKubeezClient(options: KubeezClientOptions = {}): KubeezClient {
  const { catalogTtlMs = DEFAULT_CATALOG_TTL_MS, ...clientOptions } = options;
  const client = createProviderClient<paths, operations, KubeezMetadata>(metadata, clientOptions);
  const generation = generationHelpers(client);
  const upload = uploadHelpers(client);
  const catalog = catalogHelpers(client, catalogTtlMs);
  return Object.assign(client, {
    ...generation,
    ...upload,
    ...generateFromFileHelper(upload, generation),
    ...assetHelpers(client),
    ...catalog,
    ...costPreviewHelpers(catalog),
  });
}
