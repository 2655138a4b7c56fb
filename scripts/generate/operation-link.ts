import type {
  OperationLink,
  ParameterSource,
} from '../../packages/runtime/src/provider-metadata.ts';
import type { Operation } from './openapi-document.ts';
import { fail } from './spec-error.ts';

function parseSource(spec: string, where: string, expression: string): ParameterSource {
  const body = /^\$response\.body#(\/.*)$/.exec(expression);
  if (body) return { from: 'response.body', pointer: body[1]! };
  const request = /^\$request\.(path|query)\.(.+)$/.exec(expression);
  if (request) return { from: `request.${request[1]}` as 'request.path', name: request[2]! };
  return fail(spec, where, `unsupported link expression ${JSON.stringify(expression)}`);
}

/** A link parameter, and the other body pointers tried in order where it is absent (`x-mediagen-fallbacks`). */
function withFallbacks(
  spec: string,
  where: string,
  expression: string,
  fallbacks: string[] | undefined,
): ParameterSource {
  const source = parseSource(spec, where, expression);
  if (!fallbacks) return source;
  const pointers = fallbacks.map((f) => parseSource(spec, where, f));
  if (source.from !== 'response.body' || pointers.some((p) => p.from !== 'response.body')) {
    fail(spec, where, 'x-mediagen-fallbacks apply to $response.body expressions only');
  }
  return { ...source, fallbacks: pointers.map((p) => (p as { pointer: string }).pointer) };
}

/** The link with `x-mediagen-role: <role>` on one of the operation's success responses. */
export function findLink(
  spec: string,
  where: string,
  operation: Operation,
  role: 'status' | 'cancel',
): OperationLink | undefined {
  for (const [code, response] of Object.entries(operation.responses ?? {})) {
    if (!code.startsWith('2')) continue;
    for (const [name, link] of Object.entries(response.links ?? {})) {
      if (link['x-mediagen-role'] !== role) continue;
      if (!link.operationId) fail(spec, `${where} link ${name}`, 'needs an operationId');
      const fallbacks = link['x-mediagen-fallbacks'] ?? {};
      const parameters = Object.fromEntries(
        Object.entries(link.parameters ?? {}).map(([param, expr]) => [
          param,
          withFallbacks(spec, `${where} link ${name}`, expr, fallbacks[param]),
        ]),
      );
      return {
        operationId: link.operationId,
        parameters,
        ...(link['x-mediagen-each'] ? { each: true } : {}),
      };
    }
  }
  return undefined;
}
