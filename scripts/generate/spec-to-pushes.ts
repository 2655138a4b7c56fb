import type {
  HttpMethod,
  JobPushMetadata,
  JobReader,
  JobStatusMetadata,
  OperationMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';
import {
  type JobPushExtension,
  type JobReaderExtension,
  type OpenApiDocument,
  type Operation,
  operationsIn,
  type PathItem,
} from './openapi-document.ts';
import { deliveryOf } from './push-delivery.ts';

type ReadJob = (spec: string, where: string, ext: JobReaderExtension) => JobReader;
type PushOperation = [HttpMethod, Operation & { 'x-mediagen-job-push': JobPushExtension }];

const METHODS: readonly HttpMethod[] = ['post', 'put', 'patch', 'get'];

/** A push's one operation: the method the provider sends it with, and its `x-mediagen-job-push`. */
function pushOperation(pathItem: PathItem): PushOperation | undefined {
  for (const method of METHODS) {
    const op = pathItem?.[method];
    if (op?.['x-mediagen-job-push']) return [method, op] as PushOperation;
  }
  return undefined;
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

function tokenOf(spec: string, where: string, ext: JobPushExtension): JobPushMetadata['token'] {
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
  [method, op]: PushOperation,
  rest: Pick<JobPushMetadata, 'kind' | 'statusOperations' | 'submit'>,
  statusJob: JobStatusMetadata | undefined,
): JobPushMetadata {
  const ext = op['x-mediagen-job-push'];
  if (typeof ext.id !== 'string')
    throw new Error(`${spec}: ${where}: x-mediagen-job-push needs id`);
  const token = tokenOf(spec, where, ext);
  const delivery = deliveryOf(`${spec}: ${where}`, op['x-mediagen-callback-delivery']);
  // A payload that mirrors the status body need not restate how to read it.
  const { schedule: _schedule, ...statusReader } = statusJob ?? {};
  return {
    ...readJob(spec, where, { ...statusReader, ...definedOnly(ext) }),
    kind: rest.kind,
    method,
    id: ext.id,
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
  doc: OpenApiDocument,
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
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [, op] of operationsIn(item)) {
      if (!op.callbacks || !op.operationId) continue;
      for (const [name, callback] of Object.entries(op.callbacks)) {
        for (const [expression, pathItem] of Object.entries(callback)) {
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
  for (const [name, pathItem] of Object.entries(doc.webhooks ?? {})) {
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
