import type {
  HttpMethod,
  JobPushMetadata,
  JobReader,
  OperationMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';

import { deliveryOf } from './push-delivery.ts';

// biome-ignore lint/suspicious/noExplicitAny: a dereferenced OpenAPI document is untyped JSON.
type Json = any;
type ReadJob = (spec: string, where: string, ext: Json) => JobReader;

const METHODS: readonly HttpMethod[] = ['post', 'put', 'patch', 'get'];

/** A push's one operation: the method the provider sends it with, and its `x-mediagen-job-push`. */
function pushOperation(pathItem: Json): [HttpMethod, Json] | undefined {
  for (const method of METHODS) {
    if (pathItem?.[method]?.['x-mediagen-job-push']) return [method, pathItem[method]];
  }
  return undefined;
}

const definedOnly = (value: Json) =>
  Object.fromEntries(Object.entries<Json>(value).filter(([, v]) => v !== undefined));

function tokenOf(spec: string, where: string, ext: Json): JobPushMetadata['token'] {
  const token = ext.token;
  if (token === undefined) return undefined;
  if ((token.in !== 'query' && token.in !== 'header') || typeof token.name !== 'string') {
    throw new Error(
      `${spec}: ${where}: x-mediagen-job-push.token needs in (query or header) and name`,
    );
  }
  return { in: token.in, name: token.name };
}

function push(
  spec: string,
  where: string,
  readJob: ReadJob,
  [method, op]: [HttpMethod, Json],
  rest: Pick<JobPushMetadata, 'kind' | 'statusOperations' | 'submit'>,
  statusJob: Json,
): JobPushMetadata {
  const ext = op['x-mediagen-job-push'];
  if (typeof ext.id !== 'string')
    throw new Error(`${spec}: ${where}: x-mediagen-job-push needs id`);
  const token = tokenOf(spec, where, ext);
  const idFallbacks = ext.idFallbacks;
  if (
    idFallbacks !== undefined &&
    (!Array.isArray(idFallbacks) || !idFallbacks.every((p: Json) => typeof p === 'string'))
  ) {
    throw new Error(
      `${spec}: ${where}: x-mediagen-job-push.idFallbacks is a list of JSON pointers`,
    );
  }
  const delivery = deliveryOf(`${spec}: ${where}`, op['x-mediagen-callback-delivery']);
  // A payload that mirrors the status body need not restate how to read it.
  const { schedule: _schedule, ...statusReader } = statusJob ?? {};
  return {
    ...readJob(spec, where, { ...statusReader, ...definedOnly(ext) }),
    kind: rest.kind,
    method,
    id: ext.id,
    ...(idFallbacks ? { idFallbacks } : {}),
    statusOperations: rest.statusOperations,
    ...(rest.submit ? { submit: rest.submit } : {}),
    ...(token ? { token } : {}),
    ...(delivery ? { delivery } : {}),
  };
}

/** `{$request.body#/completionCallbackUrl}` → `/completionCallbackUrl`. */
function urlField(spec: string, where: string, expression: string): string {
  const match = /^\{\$request\.body#(\/[^}]*)\}$/.exec(expression);
  if (!match) {
    throw new Error(
      `${spec}: ${where}: a job callback's URL must come from the request body, as {$request.body#/field} (got ${expression})`,
    );
  }
  return match[1]!;
}

/**
 * The pushes a spec declares: `callbacks` on submit operations (OpenAPI 3.1's own object, keyed by
 * the runtime expression of the URL the caller gives) and top-level `webhooks`. Each push's
 * operation carries `x-mediagen-job-push`: where the job id, state and outputs are in its payload.
 * Where it names no state, states or outputs, the payload is read as its status operation's body.
 */
export function specToPushes(
  spec: string,
  doc: Json,
  operations: Readonly<Record<string, OperationMetadata>>,
  readJob: ReadJob,
): Record<string, JobPushMetadata> {
  const pushes: Record<string, JobPushMetadata> = {};
  const add = (name: string, where: string, value: JobPushMetadata) => {
    if (pushes[name]) throw new Error(`${spec}: ${where}: a second push named ${name}`);
    for (const id of value.statusOperations) {
      if (!operations[id]?.job) {
        throw new Error(`${spec}: ${where}: statusOperations names ${id}, which reports no job`);
      }
    }
    pushes[name] = value;
  };
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const op of Object.values<Json>(item)) {
      if (!op?.callbacks || !op.operationId) continue;
      for (const [name, callback] of Object.entries<Json>(op.callbacks)) {
        for (const [expression, pathItem] of Object.entries<Json>(callback)) {
          const found = pushOperation(pathItem);
          if (!found) continue;
          const where = `${op.operationId} callbacks.${name}`;
          const status = operations[op.operationId]?.status;
          if (!status)
            throw new Error(`${spec}: ${where}: a job callback needs a status link on its submit`);
          add(
            name,
            where,
            push(
              spec,
              where,
              readJob,
              found,
              {
                kind: 'callback',
                statusOperations: [status.operationId],
                submit: {
                  operationId: op.operationId,
                  urlField: urlField(spec, where, expression),
                },
              },
              operations[status.operationId]?.job,
            ),
          );
        }
      }
    }
  }
  for (const [name, pathItem] of Object.entries<Json>(doc.webhooks ?? {})) {
    const found = pushOperation(pathItem);
    if (!found) continue;
    const where = `webhooks.${name}`;
    const statusOperations = found[1]['x-mediagen-job-push'].statusOperations;
    if (!Array.isArray(statusOperations) || statusOperations.length === 0) {
      throw new Error(
        `${spec}: ${where}: x-mediagen-job-push needs statusOperations (whose jobs it reports)`,
      );
    }
    const statusJob = operations[statusOperations[0]]?.job;
    add(
      name,
      where,
      push(spec, where, readJob, found, { kind: 'webhook', statusOperations }, statusJob),
    );
  }
  return pushes;
}
