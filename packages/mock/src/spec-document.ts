/**
 * Read access to a bundled OpenAPI document (local `$ref`s only, as `npm run generate` writes
 * `openapi.json`): operations by id, their documented responses and named examples. Prism drops
 * example-level extensions, so the mock reads examples here.
 */
import { unescapeSegment } from './escape-segment.js';

type Json = Record<string, unknown>;

export interface DocumentedExample {
  name: string;
  value: unknown;
}

export interface DocumentedResponse {
  status: number;
  contentType: string;
  examples: DocumentedExample[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export interface SpecDocument {
  raw: Json;
  /** The path of the first server URL, without a trailing slash (`/api/v1`), or ''. */
  basePath: string;
  operation(operationId: string): Json | undefined;
  operationIds(): string[];
  /** Documented responses of an operation, in spec order. */
  responses(operationId: string): DocumentedResponse[];
  /** The named examples of an operation object's JSON request body (a callback's payloads too). */
  requestExamples(operation: Json | undefined): DocumentedExample[];
  /** A path or query parameter's schema, `$ref`s resolved. */
  parameterSchema(operationId: string, name: string): Json | undefined;
  resolve<T = Json>(node: unknown): T;
}

export function readSpecDocument(raw: Json): SpecDocument {
  const resolve = <T = Json>(node: unknown): T => {
    let current = node as Json | undefined;
    for (let hops = 0; hops < 32 && current && typeof current.$ref === 'string'; hops++) {
      const ref = current.$ref as string;
      if (!ref.startsWith('#/'))
        throw new Error(`${ref}: the mock reads bundled specs with local $refs only`);
      current = ref
        .slice(2)
        .split('/')
        .map(unescapeSegment)
        .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], raw) as Json | undefined;
    }
    return current as T;
  };

  const examplesOf = (media: Json | undefined): DocumentedExample[] =>
    Object.entries((media?.examples ?? {}) as Json).map(([name, example]) => ({
      name,
      value: resolve(example).value,
    }));

  const byId = new Map<string, { op: Json; pathItem: Json }>();
  for (const pathItem of Object.values((raw.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = pathItem[method] as Json | undefined;
      if (op && typeof op.operationId === 'string') byId.set(op.operationId, { op, pathItem });
    }
  }
  const server = (raw.servers as { url: string }[] | undefined)?.[0]?.url;
  const basePath = server ? new URL(server, 'http://x').pathname.replace(/\/+$/, '') : '';

  return {
    raw,
    basePath,
    resolve,
    operation: (id) => byId.get(id)?.op,
    operationIds: () => [...byId.keys()],
    responses(operationId) {
      const op = byId.get(operationId)?.op;
      return Object.entries((op?.responses ?? {}) as Json).flatMap(([code, ref]) => {
        const response = resolve(ref);
        const [contentType, media] = Object.entries((response?.content ?? {}) as Json)[0] ?? [];
        if (!/^\d{3}$/.test(code) || !contentType) return [];
        const examples = examplesOf(media as Json);
        return [{ status: Number(code), contentType, examples }];
      });
    },
    requestExamples(operation) {
      const body = resolve(operation?.requestBody);
      return examplesOf(Object.values((body?.content ?? {}) as Json)[0] as Json | undefined);
    },
    parameterSchema(operationId, name) {
      const found = byId.get(operationId);
      const params = [
        ...((found?.pathItem.parameters ?? []) as unknown[]),
        ...((found?.op.parameters ?? []) as unknown[]),
      ].map((p) => resolve(p));
      const param = params.find((p) => p.name === name);
      return param ? resolve(param.schema) : undefined;
    },
  };
}
