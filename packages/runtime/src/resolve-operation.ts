import type { OperationMetadata, ProviderMetadata } from './provider-metadata.js';

export interface ResolvedOperation {
  id: string;
  meta: OperationMetadata;
}

/** A regular-expression source matching a spec path template: each `{param}` is one segment. */
export function pathPattern(template: string): string {
  return template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
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
      return {
        id,
        meta,
        method: meta.method.toUpperCase(),
        pattern: new RegExp(`^${pathPattern(meta.path)}$`),
        literal: !meta.path.includes('{'),
      };
    })
    .sort((a, b) => Number(b.literal) - Number(a.literal));

  const match = (method: string, url: string): ResolvedOperation | null => {
    let pathname = new URL(url).pathname;
    if (prefix && pathname.startsWith(prefix)) pathname = pathname.slice(prefix.length);
    for (const route of routes) {
      if (route.method === method && route.pattern.test(pathname))
        return { id: route.id, meta: route.meta };
    }
    return null;
  };
  // Polling asks for the same few URLs over and over; ids in paths make the cache turn over.
  const cache = new Map<string, ResolvedOperation | null>();
  return (method: string, url: string): ResolvedOperation | undefined => {
    const key = `${method} ${url}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = match(method, url);
      if (cache.size >= 256) cache.clear();
      cache.set(key, hit);
    }
    return hit ?? undefined;
  };
}
