import type { OperationMetadata, ProviderMetadata } from '../provider-metadata.js';
import { buildRouteTable, routeKey } from './route-table.js';

export interface ResolvedOperation {
  id: string;
  meta: OperationMetadata;
}

/** A regular-expression source matching a spec path template: each `{param}` is one segment. */
export function pathPattern(template: string): string {
  return template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
}

type Segment = string | RegExp;

interface Templated {
  method: string;
  segments: Segment[];
  literals: number;
  op: ResolvedOperation;
}

const toSegment = (part: string): Segment =>
  part.includes('{') ? new RegExp(`^${pathPattern(part)}$`) : part;

function matches(route: Templated, method: string, parts: string[]): boolean {
  if (route.method !== method || route.segments.length !== parts.length) return false;
  return route.segments.every((s, i) =>
    typeof s === 'string' ? s === parts[i] : parts[i] !== '' && s.test(parts[i]!),
  );
}

/**
 * Maps a request to the spec operation it calls, through the exact route table: by method and
 * template where the caller named one, else by method and URL path, segment by segment. Anything
 * else (a trailing slash, an extra segment, another prefix) resolves to nothing, and the transport
 * treats it as paid: an unknown route is never assumed free.
 */
export function createOperationResolver(metadata: ProviderMetadata, baseUrl: string) {
  const table = metadata.routes ?? buildRouteTable(metadata.operations);
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const exact = new Map<string, ResolvedOperation>();
  const templated: Templated[] = [];
  for (const [key, id] of Object.entries(table)) {
    const meta = metadata.operations[id];
    if (!meta) continue;
    const op = { id, meta };
    exact.set(key, op);
    if (!meta.path.includes('{')) continue;
    const segments = meta.path.split('/').map(toSegment);
    const literals = segments.filter((s) => typeof s === 'string').length;
    templated.push({ method: meta.method.toUpperCase(), segments, literals, op });
  }
  // Literal segments win: `/models/veo3` before `/models/{modelSlug}`.
  templated.sort((a, b) => b.literals - a.literals);

  const byUrl = (method: string, url: string): ResolvedOperation | undefined => {
    const pathname = new URL(url).pathname;
    if (prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
    const path = pathname.slice(prefix.length);
    const literal = exact.get(routeKey(method, path));
    if (literal && !literal.meta.path.includes('{')) return literal;
    const parts = path.split('/');
    return templated.find((route) => matches(route, method, parts))?.op;
  };

  // Polling asks for the same few URLs over and over; ids in paths make the cache turn over.
  const cache = new Map<string, ResolvedOperation | null>();
  return {
    /** The operation a method and spec path template name, or undefined. */
    byTemplate: (method: string, template: string) => exact.get(routeKey(method, template)),
    byUrl(method: string, url: string): ResolvedOperation | undefined {
      const key = `${method} ${url}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = byUrl(method, url) ?? null;
        if (cache.size >= 256) cache.clear();
        cache.set(key, hit);
      }
      return hit ?? undefined;
    },
  };
}
