import type { OperationMetadata } from '../provider-metadata.js';

/** `METHOD /path/{template}` → operationId, exactly as the spec writes its paths. */
export type RouteTable = Readonly<Record<string, string>>;

export const routeKey = (method: string, template: string) => `${method.toUpperCase()} ${template}`;

/** The exact route table of a spec's operations, built where the metadata leaves it out (generated metadata does). */
export function buildRouteTable(
  operations: Readonly<Record<string, Pick<OperationMetadata, 'method' | 'path'>>>,
): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [id, op] of Object.entries(operations)) table[routeKey(op.method, op.path)] = id;
  return table;
}
