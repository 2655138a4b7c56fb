/**
 * Finds the spec operation a request calls, with its path parameters. Literal paths win over
 * templated ones (`/models/veo3` before `/models/{modelSlug}`), as OpenAPI requires.
 */
import type { SpecDocument } from './spec-document.js';

export interface MatchedRoute {
  operationId: string;
  path: Record<string, string>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** A path segment decoded, or undefined where it is no valid percent-encoding (`%E0%A4%A`). */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function createRouteMatcher(doc: SpecDocument) {
  const routes = Object.entries((doc.raw.paths ?? {}) as Record<string, Record<string, unknown>>)
    .flatMap(([template, item]) => {
      const names: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(name);
          return '([^/]+)';
        })
        .join('');
      const pattern = new RegExp(`^${source}$`);
      return METHODS.filter(
        (m) => (item[m] as { operationId?: string } | undefined)?.operationId,
      ).map((method) => ({
        method: method.toUpperCase(),
        operationId: (item[method] as { operationId: string }).operationId,
        pattern,
        names,
      }));
    })
    .sort((a, b) => a.names.length - b.names.length);

  return (method: string, pathname: string): MatchedRoute | undefined => {
    for (const route of routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const values = route.names.map((_, i) => decodeSegment(match[i + 1]!));
      // Prism throws on such a segment and never answers: no route has it, as for any bad path.
      if (values.includes(undefined)) return undefined;
      const path = Object.fromEntries(route.names.map((name, i) => [name, values[i]!]));
      return { operationId: route.operationId, path };
    }
    return undefined;
  };
}
