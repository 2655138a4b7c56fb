import type {
  InputSchema,
  JobListMetadata,
  JobReader,
  JobStatusMetadata,
  OperationLink,
  OperationMetadata,
  ParameterLocation,
  ParameterSource,
  ProviderMetadata,
} from '../../packages/runtime/src/provider-metadata.ts';
import { buildRouteTable } from '../../packages/runtime/src/transport/route-table.ts';
import { type InputRule, RULE_NAMES } from '../../packages/runtime/src/validation/check-rules.ts';
import {
  ANNOTATION_KEYWORDS,
  VALIDATED_KEYWORDS,
} from '../../packages/runtime/src/validation/schema-keywords.ts';
import { documentedAnswers, errorMapOf } from './error-map-of.ts';
import { addExampleConditions } from './example-conditions.ts';
import { partMediaTypesOf } from './part-media-types.ts';
import { specToPushes } from './spec-to-pushes.ts';
import { addSubmitJobs } from './submit-job.ts';

// biome-ignore lint/suspicious/noExplicitAny: a dereferenced OpenAPI document is untyped JSON.
type Json = any;

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
  const operations: Record<string, OperationMetadata> = {};
  const answers = documentedAnswers(doc);

  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.operationId) fail(spec, where, 'needs an operationId');
      const security = op.security ?? rootSecurity;
      const auth = security.length > 0 && !security.some((s: Json) => Object.keys(s).length === 0);
      const parameters: Record<string, ParameterLocation> = {};
      const reserved: string[] = [];
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        parameters[p.name] = p.in;
        if (p['x-mediagen-allow-reserved'] === true && p.in === 'path') reserved.push(p.name);
      }
      const jsonBody = op.requestBody?.content?.['application/json']?.schema;
      const maxUploadBytes = Object.values<Json>(op.requestBody?.content ?? {})
        .flatMap((media) => Object.values<Json>(media.schema?.properties ?? {}))
        .map((property) => property['x-mediagen-max-bytes'])
        .find((limit) => typeof limit === 'number');
      const idempotency = op['x-mediagen-idempotency'];
      const meta: OperationMetadata = {
        method,
        path,
        auth,
        ...(Object.keys(parameters).length ? { parameters } : {}),
        ...(reserved.length ? { reservedParameters: reserved } : {}),
        ...(op['x-mediagen-paid'] ? { paid: true } : {}),
        ...(idempotency?.header ? { idempotencyHeader: idempotency.header } : {}),
        ...(op['x-mediagen-rate-limit']
          ? { rateLimit: withoutNotes(op['x-mediagen-rate-limit']) }
          : {}),
        ...(jsonBody ? { input: pruneSchema(jsonBody, `${spec}: ${where} request body`) } : {}),
        ...(jsonBody && op.requestBody?.required ? { bodyRequired: true } : {}),
        ...(maxUploadBytes ? { maxUploadBytes } : {}),
        ...partMediaTypesOf(`${spec}: ${where}`, op.requestBody),
        ...pricesOf(spec, where, jsonBody),
        ...priceFormulasOf(spec, where, op['x-mediagen-price-formulas']),
      };
      const status = findLink(spec, where, op, 'status');
      if (status) meta.status = status;
      Object.assign(meta, submitSchedule(spec, where, op, status !== undefined));
      const job = jobStatus(spec, where, op);
      if (job) meta.job = job;
      const cancel = findLink(spec, where, op, 'cancel');
      if (cancel) meta.cancel = cancel;
      const list = jobList(spec, where, op);
      if (list) meta.jobList = list;
      if (op['x-mediagen-refund'] && !job) meta.refund = withoutNotes(op['x-mediagen-refund']);
      const errorMap = errorMapOf(`${spec}: ${where}`, op['x-mediagen-error-map'], answers);
      if (errorMap) meta.errorMap = errorMap;
      operations[op.operationId] = meta;
    }
  }

  // Links are only useful if they land on an operation that can read a job.
  for (const [id, op] of Object.entries(operations)) {
    for (const link of [op.status, op.cancel]) {
      if (!link) continue;
      const target = operations[link.operationId];
      if (!target) fail(spec, id, `links to unknown operation ${link.operationId}`);
      for (const param of Object.keys(link.parameters)) {
        if (!target.parameters?.[param]) {
          fail(spec, id, `link sets ${param}, which ${link.operationId} does not take`);
        }
      }
    }
    if (op.status && !operations[op.status.operationId]?.job) {
      fail(spec, id, `status link target ${op.status.operationId} has no x-mediagen-job-status`);
    }
  }

  const errors = doc['x-mediagen-errors'] ?? {};
  addSubmitJobs(spec, doc, operations, jobReader);
  addExampleConditions(spec, doc, operations);
  const pushes = specToPushes(spec, doc, operations, jobReader);
  const errorMap = errorMapOf(`${spec}: root`, doc['x-mediagen-error-map'], answers);
  return {
    id: provider.id,
    name: provider.name ?? provider.id,
    apiKeyEnv: provider.apiKeyEnv,
    baseUrl: doc.servers?.[0]?.url ?? fail(spec, 'root', 'servers[0].url is required'),
    auth: authFor(spec, doc, provider.securityScheme),
    retry: {
      maxRetries: retry.maxRetries,
      statuses: retry.statuses,
      baseDelayMs: retry.baseDelayMs,
      maxDelayMs: retry.maxDelayMs,
      noWorkStatuses: retry.noWorkStatuses ?? [],
      ...(retry.statusDelayMs ? { statusDelayMs: retry.statusDelayMs } : {}),
    },
    errors: withoutNotes(errors),
    operations,
    ...(Object.keys(pushes).length ? { pushes } : {}),
    ...(errorMap ? { errorMap } : {}),
    routes: buildRouteTable(operations),
    ...trustedOrigins(spec, doc),
  };
}

/** `x-mediagen-trusted-origins: { origins: [https://…] }`: bare https origins, nothing more. */
function trustedOrigins(spec: string, doc: Json): Pick<ProviderMetadata, 'trustedOrigins'> {
  const origins: unknown = doc['x-mediagen-trusted-origins']?.origins;
  if (origins === undefined) return {};
  if (!Array.isArray(origins)) fail(spec, 'x-mediagen-trusted-origins', 'origins must be a list');
  for (const origin of origins) {
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (url?.protocol !== 'https:' || url.origin !== origin) {
      fail(spec, 'x-mediagen-trusted-origins', `${origin} is not a bare https:// origin`);
    }
  }
  return { trustedOrigins: origins };
}

/** Every `x-mediagen-assumption` with the place it annotates, in document order. */
export function collectAssumptions(doc: Json): { where: string; note: string }[] {
  const found: { where: string; note: string }[] = [];
  const walk = (node: Json, path: string[]) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, String(i)]);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries<Json>(node)) {
      if (key === 'x-mediagen-assumption') {
        const notes = Array.isArray(value) ? value : [value];
        for (const note of notes)
          found.push({ where: path.join(' › ') || '(root)', note: String(note).trim() });
      } else walk(value, [...path, key]);
    }
  };
  walk(doc, []);
  return found;
}
