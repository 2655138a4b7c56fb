import type {
  OperationMetadata,
  ProviderMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';
<<<<<<< HEAD
import { buildRouteTable } from '../../packages/runtime/src/transport/route-table.ts';
import { type InputRule, RULE_NAMES } from '../../packages/runtime/src/validation/check-rules.ts';
import {
  ANNOTATION_KEYWORDS,
  VALIDATED_KEYWORDS,
} from '../../packages/runtime/src/validation/schema-keywords.ts';
=======
import { buildRouteTable } from '../../packages/runtime/src/route-table.ts';
import { checkLinks } from './check-links.ts';
>>>>>>> h-scripts
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

<<<<<<< HEAD
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const VALIDATED = new Set<string>(VALIDATED_KEYWORDS);
const ANNOTATIONS = new Set<string>(ANNOTATION_KEYWORDS);
const SUBSCHEMAS = new Set(['items', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

export class SpecError extends Error {}

function fail(spec: string, where: string, message: string): never {
  throw new SpecError(`${spec}: ${where}: ${message}`);
}

function pruneKeyword(key: string, value: Json, where: string): unknown {
  if (key === 'properties') {
    return Object.fromEntries(
      Object.entries<Json>(value).map(([k, v]) => [k, pruneSchema(v, `${where}/${k}`)]),
    );
  }
  if (key === 'additionalProperties' && typeof value === 'object') return pruneSchema(value, where);
  if (SUBSCHEMAS.has(key)) {
    if (Array.isArray(value)) throw new SpecError(`${where}: tuple \`items\` is not supported`);
    return pruneSchema(value, where);
  }
  if (SUBSCHEMA_LISTS.has(key))
    return value.map((v: Json, i: number) => pruneSchema(v, `${where}/${i}`));
  if (key === 'x-mediagen-rules') return rulesOf(value);
  return value;
}

/**
 * A request schema as the pre-send validator reads it: the keywords it enforces (one list, shared
 * with it in `schema-keywords.ts`), plus `title` to name branches. Any other keyword fails here, so
 * a constraint the spec declares is never dropped without notice.
 */
export function pruneSchema(schema: Json, where = '(schema)'): InputSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries<Json>(schema)) {
    if (key === 'title') out.title = value;
    if (ANNOTATIONS.has(key) || (key.startsWith('x-') && !VALIDATED.has(key))) continue;
    if (!VALIDATED.has(key)) {
      throw new SpecError(
        `${where}: \`${key}\` is not implemented by the pre-send validator, so the client could not enforce it. Implement it in packages/runtime/src/validation/validate-input.ts and list it in schema-keywords.ts, or state the rule another way.`,
      );
    }
    out[key === 'x-mediagen-rules' ? 'rules' : key] = pruneKeyword(key, value, `${where}/${key}`);
  }
  return out as InputSchema;
}

/** `x-mediagen-rules` on a schema: each rule's shape is checked here, not when a request is sent. */
export function rulesOf(rules: Json): InputRule[] {
  if (!Array.isArray(rules)) throw new SpecError('x-mediagen-rules must be a list of rules');
  return rules.map((rule: Json) => {
    if (!RULE_NAMES.includes(rule?.rule)) {
      throw new SpecError(
        `x-mediagen-rules: unknown rule ${JSON.stringify(rule?.rule)}; use one of ${RULE_NAMES.join(', ')}`,
      );
    }
    const pointers = [
      rule.field,
      rule.equals,
      ...(rule.fields ?? []),
      ...(rule.when ?? []),
      ...(rule.requires ?? []),
    ];
    if (pointers.some((p) => p !== undefined && !String(p).startsWith('/'))) {
      throw new SpecError(`x-mediagen-rules ${rule.rule}: fields are JSON pointers such as /width`);
    }
    return withoutNotes(rule) as InputRule;
  });
}

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

function findLink(
  spec: string,
  where: string,
  operation: Json,
  role: string,
): OperationLink | undefined {
  for (const [code, response] of Object.entries<Json>(operation.responses ?? {})) {
    if (!code.startsWith('2')) continue;
    for (const [name, link] of Object.entries<Json>(response.links ?? {})) {
      if (link['x-mediagen-role'] !== role) continue;
      if (!link.operationId) fail(spec, `${where} link ${name}`, 'needs an operationId');
      const fallbacks: Json = link['x-mediagen-fallbacks'] ?? {};
      const parameters = Object.fromEntries(
        Object.entries<string>(link.parameters ?? {}).map(([param, expr]) => [
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

export function jobReader(spec: string, where: string, ext: Json): JobReader {
  for (const key of ['state', 'states', 'outputs'] as const) {
    if (ext[key] === undefined) fail(spec, where, `x-mediagen job reader needs \`${key}\``);
  }
  const states = {
    running: ext.states.running ?? [],
    succeeded: ext.states.succeeded ?? [],
    failed: ext.states.failed ?? [],
    cancelled: ext.states.cancelled ?? [],
  };
  if (states.succeeded.length === 0) fail(spec, where, 'states.succeeded is empty');
  return {
    state: ext.state,
    states,
    outputs: ext.outputs,
    ...(ext.progress ? { progress: ext.progress } : {}),
    ...(ext.error ? { error: ext.error } : {}),
    ...(ext.refund ? { refund: ext.refund } : {}),
  };
}

function jobStatus(spec: string, where: string, operation: Json): JobStatusMetadata | undefined {
  const ext = operation['x-mediagen-job-status'];
  if (!ext) return undefined;
  const refund = operation['x-mediagen-refund'];
  const schedule = ext.schedule;
  if (!schedule?.timeoutMs || schedule.initialDelayMs === undefined) {
    fail(spec, where, 'x-mediagen-job-status.schedule needs initialDelayMs and timeoutMs');
  }
  if (!schedule.sequenceMs && !schedule.intervalMs) {
    fail(spec, where, 'x-mediagen-job-status.schedule needs intervalMs or sequenceMs');
  }
  const { 'x-mediagen-assumption': _note, ...cleanSchedule } = schedule;
  return {
    ...jobReader(spec, where, { ...ext, ...(refund ? { refund: withoutNotes(refund) } : {}) }),
    schedule: cleanSchedule,
  };
}

function jobList(spec: string, where: string, operation: Json): JobListMetadata | undefined {
  const ext = operation['x-mediagen-job-list'];
  if (!ext) return undefined;
  if (!ext.items || !ext.id || !ext.statusOperations) {
    fail(spec, where, 'x-mediagen-job-list needs items, id and statusOperations');
  }
  return {
    ...jobReader(spec, where, ext),
    statusOperations: ext.statusOperations,
    items: ext.items,
    id: ext.id,
  };
}

function authFor(spec: string, doc: Json, schemeName: string) {
  const scheme = doc.components?.securitySchemes?.[schemeName];
  if (!scheme) fail(spec, 'x-mediagen-provider.securityScheme', `no securityScheme ${schemeName}`);
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') {
    return { header: 'Authorization', prefix: 'Bearer ' };
  }
  if (scheme.type === 'apiKey' && scheme.in === 'header')
    return { header: scheme.name, prefix: '' };
  return fail(
    spec,
    schemeName,
    'the client sends keys only as a bearer token or an API-key header',
  );
}

function withoutNotes<T extends object>(value: T): T {
  const { 'x-mediagen-assumption': _note, ...rest } = value as Record<string, unknown>;
  return rest as T;
}

/** A documented price keeps its form: flat credits, a `{min, max}` range, or a `{perSecond}` rate. */
export function isPrice(price: Json): boolean {
  const finite = (n: Json) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (finite(price)) return true;
  if (!price || typeof price !== 'object') return false;
  const keys = Object.keys(price).sort().join();
  if (keys === 'max,min') return finite(price.min) && finite(price.max) && price.min <= price.max;
  return keys === 'perSecond' && finite(price.perSecond);
}

/** The price list on a body property (`x-mediagen-prices`): credits per value of that property. */
/** `x-mediagen-price-formulas` on an operation: estimated prices by the value `selector` points at. */
function priceFormulasOf(
  spec: string,
  where: string,
  ext: Json,
): Pick<OperationMetadata, 'priceFormulas'> {
  if (!ext) return {};
  if (typeof ext.selector !== 'string' || !ext.currency || typeof ext.formulas !== 'object') {
    fail(spec, where, 'x-mediagen-price-formulas needs selector, currency and formulas');
  }
  return {
    priceFormulas: { selector: ext.selector, currency: ext.currency, formulas: ext.formulas },
  };
}

function pricesOf(spec: string, where: string, body: Json): Pick<OperationMetadata, 'prices'> {
  for (const [property, schema] of Object.entries<Json>(body?.properties ?? {})) {
    const prices = schema['x-mediagen-prices'];
    if (!prices) continue;
    const credits = withoutNotes(prices);
    for (const [value, price] of Object.entries<Json>(credits)) {
      if (!isPrice(price)) {
        fail(
          spec,
          `${where} x-mediagen-prices.${value}`,
          'a price is credits, {min, max} or {perSecond}',
        );
      }
    }
    return { prices: { property, credits } };
  }
  return {};
}

/** A submit operation's own first delay and timeout (`x-mediagen-schedule`), for the jobs it starts. */
function submitSchedule(spec: string, where: string, op: Json, hasStatus: boolean) {
  const own = op['x-mediagen-schedule'];
  if (!own) return {};
  if (!hasStatus) fail(spec, where, 'x-mediagen-schedule needs a status link to apply to');
  return { schedule: withoutNotes(own) as OperationMetadata['schedule'] };
}

/** Turns a dereferenced spec into the runtime's typed metadata. */
export function specToMetadata(spec: string, doc: Json): ProviderMetadata {
  const provider = doc['x-mediagen-provider'];
  if (!provider?.id || !provider.apiKeyEnv || !provider.securityScheme) {
    fail(spec, 'root', 'x-mediagen-provider needs id, apiKeyEnv and securityScheme');
  }
  const retry = doc['x-mediagen-retry'];
  if (!retry) fail(spec, 'root', 'x-mediagen-retry is required');
  const rootSecurity = doc.security ?? [];
=======
/** Every operation's metadata by operationId, in path then method order. */
function operationsOf(ctx: SpecContext, doc: OpenApiDocument): Record<string, OperationMetadata> {
>>>>>>> h-scripts
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
