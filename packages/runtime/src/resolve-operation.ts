import type { OperationMetadata, ProviderMetadata } from './provider-metadata.js';

export interface ResolvedOperation {
  id: string;
  meta: OperationMetadata;
}

/**
 * Maps a request back to the spec operation it calls, so calls made straight through the openapi-fetch
 * client get the same retry, idempotency and validation rules as the helpers. Literal paths win over
 * templated ones (`/models/veo3` before `/models/{modelSlug}`).
 */
export function createOperationResolver(metadata: ProviderMetadata, baseUrl: string) {
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const routes = Object.entries(metadata.operations)
    .map(([id, meta]) => {
      const source = meta.path
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
      return {
        id,
        meta,
        method: meta.method.toUpperCase(),
        pattern: new RegExp(`^${source}$`),
        literal: !meta.path.includes('{'),
      };
    })
    .sort((a, b) => Number(b.literal) - Number(a.literal));

  return (method: string, url: string): ResolvedOperation | undefined => {
    let pathname = new URL(url).pathname;
    if (prefix && pathname.startsWith(prefix)) pathname = pathname.slice(prefix.length);
    for (const route of routes) {
      if (route.method === method && route.pattern.test(pathname))
        return { id: route.id, meta: route.meta };
    }
    return undefined;
  };
}
