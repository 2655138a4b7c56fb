import { readPointer } from '../json-pointer.js';
import type { OperationLink, ParameterSource, ProviderMetadata } from '../provider-metadata.js';

/** A linked operation's parameters, by where the operation takes each one. */
export interface LinkParams {
  path?: Record<string, string>;
  query?: Record<string, string>;
}

function sourceValues(
  source: ParameterSource,
  body: unknown,
  request: Readonly<Record<string, unknown>>,
): unknown[] {
  if (source.from === 'response.body') {
    // The first of the pointer and its fallbacks that names something (`x-mediagen-fallbacks`).
    const pointers = [source.pointer, ...(source.fallbacks ?? [])];
    const values = pointers.map((p) => readPointer(body, p)).find((v) => v.length > 0) ?? [];
    return values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
  }
  const value = request[source.name];
  return value === undefined ? [] : [value];
}

/**
 * Every value an OpenAPI link's parameters name, by parameter: from the linking response's body
 * (`$response.body#/…`) or its request's parameters (`$request.path.…`, `$request.query.…`). A
 * pointer at an array yields one value per element.
 */
export function linkValues(
  link: OperationLink,
  body: unknown,
  request: Readonly<Record<string, unknown>>,
): [name: string, values: unknown[]][] {
  return Object.entries(link.parameters).map(([name, source]) => [
    name,
    sourceValues(source, body, request),
  ]);
}

/** Puts parameter values where the operation takes them: its path, or else its query. */
export function operationParams(
  metadata: ProviderMetadata,
  operationId: string,
  values: Readonly<Record<string, string>>,
): LinkParams {
  const locations = metadata.operations[operationId]?.parameters ?? {};
  const params: LinkParams = {};
  for (const [name, value] of Object.entries(values)) {
    const where = locations[name] === 'path' ? 'path' : 'query';
    params[where] = { ...params[where], [name]: value };
  }
  return params;
}

/** The cancel operation's parameters for a job, from its status request's parameters. */
export function cancelParams(
  metadata: ProviderMetadata,
  link: OperationLink,
  handle: { id: string; params: Readonly<Record<string, string>> },
): LinkParams {
  const values: Record<string, string> = {};
  for (const [name, source] of Object.entries(link.parameters)) {
    // The status answer is not kept: only the status request's own parameters can be followed.
    if (source.from !== 'response.body') values[name] = handle.params[source.name] ?? handle.id;
  }
  return operationParams(metadata, link.operationId, values);
}
