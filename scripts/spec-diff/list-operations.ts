import { pointer } from './json-pointer.ts';
import type { Schema } from './merge-all-of.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface OperationAt {
  /** The operationId, or `METHOD /path` for an operation without one. */
  id: string;
  method: string;
  path: string;
  /** JSON pointer to the operation object. */
  pointer: string;
  operation: Schema;
  /** Parameters of the path item, which every operation under it takes too. */
  pathParameters: Schema[];
}

/** Every operation of a dereferenced spec, keyed by operationId; a duplicate id fails here. */
export function listOperations(doc: Schema | undefined): Map<string, OperationAt> {
  const found = new Map<string, OperationAt>();
  for (const [path, item] of Object.entries<Schema>(doc?.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = operation.operationId ?? `${method.toUpperCase()} ${path}`;
      const twin = found.get(id);
      if (twin) {
        throw new Error(
          `operationId ${id} is used by ${twin.method.toUpperCase()} ${twin.path} and ${method.toUpperCase()} ${path}; give each operation its own`,
        );
      }
      found.set(id, {
        id,
        method,
        path,
        pointer: pointer('paths', path, method),
        operation,
        pathParameters: item.parameters ?? [],
      });
    }
  }
  return found;
}
