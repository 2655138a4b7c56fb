/**
 * The jobs a provider's spec lets `generate` start: every operation with a status link. Body fields
 * and the operation's path and query parameters are all flags; a required `const` (HappyHorse's
 * only model) is filled in.
 */
import type { OperationMetadata, ProviderMetadata } from '@mediagen/runtime';
import type { JobRequest, JobTarget } from './provider-adapter.js';
import { fieldsOf } from './schema-fields.js';

/** Required fields the spec fixes to one value, filled in when the input leaves them out. */
export function withConstants(
  schema: OperationMetadata['input'],
  input: Record<string, unknown>,
): Record<string, unknown> {
  const fixed = fieldsOf(schema).filter((f) => f.required && f.constant !== undefined);
  return { ...Object.fromEntries(fixed.map((f) => [f.name, f.constant])), ...input };
}

export function operationTarget(metadata: ProviderMetadata, operationId: string): JobTarget {
  const op = metadata.operations[operationId]!;
  const located = Object.entries(op.parameters ?? {}).filter(
    ([, where]) => where === 'path' || where === 'query',
  );
  const parameters = located.map(([name, where]) => ({
    name,
    where: where as 'path' | 'query',
  }));
  const schema = {
    ...(op.input ?? { type: 'object' }),
    properties: {
      ...(op.input?.properties ?? {}),
      ...Object.fromEntries(parameters.map((p) => [p.name, { type: 'string' }])),
    },
  };
  return {
    name: operationId,
    operationId,
    schema: parameters.length > 0 ? schema : op.input,
    request(input, idempotencyKey): JobRequest {
      const body: Record<string, unknown> = {};
      const params: { path?: Record<string, unknown>; query?: Record<string, unknown> } = {};
      for (const [name, value] of Object.entries(withConstants(op.input, input))) {
        const parameter = parameters.find((p) => p.name === name);
        if (parameter) params[parameter.where] = { ...params[parameter.where], [name]: value };
        else body[name] = value;
      }
      const sendsBody = op.input !== undefined || op.bodyRequired || Object.keys(body).length > 0;
      return {
        operationId,
        init: { ...(sendsBody ? { body } : {}), ...(parameters.length > 0 ? { params } : {}) },
        ...(op.idempotencyHeader ? { idempotencyKey: idempotencyKey ?? crypto.randomUUID() } : {}),
      };
    },
  };
}

/** Every operation of the spec that starts a job (it has a status link). */
export function operationTargets(metadata: ProviderMetadata): JobTarget[] {
  return Object.entries(metadata.operations)
    .filter(([, op]) => op.status)
    .map(([id]) => operationTarget(metadata, id));
}
