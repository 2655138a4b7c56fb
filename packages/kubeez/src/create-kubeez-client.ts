import type { ClientOptions } from '@mediagen/runtime';
import { createProviderBase } from '@mediagen/runtime/provider';
import { type AssetHelpers, assetHelpers } from './assets.js';
import { type CatalogHelpers, catalogHelpers, DEFAULT_CATALOG_TTL_MS } from './catalog.js';
import { type CostPreviewHelpers, costPreviewHelpers } from './cost-preview.js';
import { type GenerateFromFileHelpers, generateFromFileHelpers } from './generate-from-file.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';
import { type GenerationHelpers, generationHelpers } from './generation.js';
import type { KubeezBaseClient, KubeezMetadata } from './types.js';
import { type UploadHelpers, uploadHelpers } from './upload.js';

export interface KubeezClientOptions extends ClientOptions {
  /** How long catalog reads (cost preview, model rows) are reused. Default 10 minutes. */
  catalogTtlMs?: number;
}

/**
 * A typed Kubeez client. The key comes from `apiKey` or `KUBEEZ_API_KEY` and is sent as `X-API-Key`
 * (public `/docs/*` and `/health` routes go without it). Every operation is there through
 * openapi-fetch (`client.GET('/v1/balance')`) and `client.call(operationId, init)`; jobs through
 * `submit` / `wait` / `waitAll` / `run`; plus helpers for the documented workflows.
 */
export interface KubeezClient
  extends KubeezBaseClient,
    GenerationHelpers,
    UploadHelpers,
    GenerateFromFileHelpers,
    AssetHelpers,
    CatalogHelpers,
    CostPreviewHelpers {}

export function createKubeezClient(options: KubeezClientOptions = {}): KubeezClient {
  const { catalogTtlMs = DEFAULT_CATALOG_TTL_MS, ...clientOptions } = options;
  const client = createProviderBase<paths, operations, KubeezMetadata>(metadata, clientOptions);
  const generation = generationHelpers(client);
  const upload = uploadHelpers(client);
  const catalog = catalogHelpers(client, catalogTtlMs);
  return {
    ...client,
    ...generation,
    ...upload,
    ...generateFromFileHelpers(upload, generation),
    ...assetHelpers(client),
    ...catalog,
    ...costPreviewHelpers(catalog),
  };
}
