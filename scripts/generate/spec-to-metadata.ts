import type {
  OperationMetadata,
  ProviderMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';
import { buildRouteTable } from '../../packages/runtime/src/transport/route-table.ts';
import { checkLinks } from './check-links.ts';
import { documentedAnswers, errorMapOf } from './error-map-of.ts';
import { addExampleConditions } from './example-conditions.ts';
import { jobReader } from './job-reader.ts';
import type { HttpMethodName, OpenApiDocument } from './openapi-document.ts';
import { operationMetadata, type SpecContext } from './operation-metadata.ts';
import { authFor, errorsOf, providerOf, retryOf, trustedOrigins } from './provider-root.ts';
import { fail } from './spec-error.ts';
import { specToPushes } from './spec-to-pushes.ts';
import { addSubmitJobs } from './submit-job.ts';

const METHODS: readonly HttpMethodName[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
];

/** Every operation's metadata by operationId, in path then method order. */
function operationsOf(ctx: SpecContext, doc: OpenApiDocument): Record<string, OperationMetadata> {
  const operations: Record<string, OperationMetadata> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId)
        fail(ctx.spec, `${method.toUpperCase()} ${path}`, 'needs an operationId');
      operations[op.operationId] = operationMetadata(ctx, { path, method, item, op });
    }
  }
  return operations;
}

/** Turns a dereferenced spec into the runtime's typed metadata. */
export function specToMetadata(spec: string, doc: OpenApiDocument): ProviderMetadata {
  const provider = providerOf(spec, doc);
  const retry = retryOf(spec, doc);
  const answers = documentedAnswers(doc);
  const operations = operationsOf({ spec, rootSecurity: doc.security ?? [], answers }, doc);
  checkLinks(spec, operations);
  addSubmitJobs(spec, doc, operations, jobReader);
  addExampleConditions(spec, doc, operations);
  const pushes = specToPushes(spec, doc, operations, jobReader);
  const errorMap = errorMapOf(`${spec}: root`, doc['x-mediagen-error-map'], answers);
  return {
    id: provider.id,
    name: provider.name,
    apiKeyEnv: provider.apiKeyEnv,
    baseUrl: doc.servers?.[0]?.url ?? fail(spec, 'root', 'servers[0].url is required'),
    auth: authFor(spec, doc, provider.securityScheme),
    retry,
    errors: errorsOf(doc),
    operations,
    ...(Object.keys(pushes).length ? { pushes } : {}),
    ...(errorMap ? { errorMap } : {}),
    routes: buildRouteTable(operations),
    ...trustedOrigins(spec, doc),
  };
}
