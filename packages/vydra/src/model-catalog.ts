import { ttlCache } from '@mediagen/runtime/provider';
import type { VydraBaseClient, VydraModel } from './types.js';

/** The doc's advice: the model list changes infrequently, cache it for an hour or more. */
export const DEFAULT_MODEL_CACHE_TTL_MS = 60 * 60 * 1000;

export interface ModelCatalog {
  /** Every model (`GET /models`), from the cache while it is younger than the TTL. */
  (options?: { refresh?: boolean }): Promise<VydraModel[]>;
  /** Drops the cached list; the next call fetches it again. */
  clear(): void;
}

export function createModelCatalog(
  call: VydraBaseClient['call'],
  ttlMs = DEFAULT_MODEL_CACHE_TTL_MS,
): ModelCatalog {
  const cache = ttlCache(async () => (await call('listModels', {})).data, ttlMs);
  return Object.assign((options?: { refresh?: boolean }) => cache.get(options), {
    clear: () => cache.clear(),
  });
}
