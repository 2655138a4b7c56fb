import type {
  InputSchema,
  OperationMetadata,
  ParameterLocation,
} from '../../packages/runtime/src/provider-metadata.ts';
import { errorMapOf } from './error-map-of.ts';
import { jobList, jobStatus } from './job-reader.ts';
import type {
  HttpMethodName,
  Operation,
  Parameter,
  PathItem,
  RequestBody,
  SecurityRequirement,
} from './openapi-document.ts';
import { findLink } from './operation-link.ts';
import { partMediaTypesOf } from './part-media-types.ts';
import { priceFormulasOf, pricesOf } from './prices.ts';
import { pruneSchema } from './prune-schema.ts';
import { fail } from './spec-error.ts';
import { withoutNotes } from './without-notes.ts';

/** What every operation of a spec reads from the document around it. */
export interface SpecContext {
  spec: string;
  /** The root `security`, which an operation without its own inherits. */
  rootSecurity: SecurityRequirement[];
  /** Every documented error answer, which error maps must name. */
  answers: ReadonlySet<string>;
}

/** One operation in its path item, as `METHOD /path`. */
export interface OperationAt {
  path: string;
  method: HttpMethodName;
  item: PathItem;
  op: Operation;
}

/**
 * Whether a key is sent: not when the security is empty or only `{}` (no scheme); `'optional'` when
 * `{}` stands beside a keyed requirement (sent only when the client has a key).
 */
function authOf(security: SecurityRequirement[]): OperationMetadata['auth'] {
  const anonymous = security.some((s) => Object.keys(s).length === 0);
  const keyed = security.some((s) => Object.keys(s).length > 0);
  return keyed && anonymous ? 'optional' : keyed;
}

/** A parameter schema worth checking before sending: one that says more than its type. */
function constrains(schema: InputSchema): boolean {
  return Object.keys(schema).some((key) => key !== 'type');
}

/**
 * A query or path value travels as text, so a boolean one may be given as `'true'` or `'false'`
 * (the same bytes on the wire); anything else is refused. Other bare types are left to the server.
 */
function checkable(schema: InputSchema): InputSchema | undefined {
  if (schema.type === 'boolean' && !constrains(schema))
    return { enum: [true, false, 'true', 'false'] };
  return constrains(schema) ? schema : undefined;
}

/**
 * The path and query parameters' schemas, as one open object schema per location, for the
 * pre-send check. Only parameters whose schema constrains the value (enum, pattern, limits) are
 * listed, to keep the metadata small; `required` is left to the typed call, so a value the caller
 * leaves out is never refused here.
 */
function parameterInputOf(spec: string, where: string, parameters: Parameter[]) {
  const input: Partial<Record<'path' | 'query', InputSchema>> = {};
  for (const p of parameters) {
    if ((p.in !== 'path' && p.in !== 'query') || !p.schema) continue;
    const schema = checkable(pruneSchema(p.schema, `${spec}: ${where} ${p.in} ${p.name}`));
    if (!schema) continue;
    const location = input[p.in] ?? { type: 'object', properties: {} };
    (location.properties as Record<string, InputSchema>)[p.name] = schema;
    input[p.in] = location;
  }
  return Object.keys(input).length ? { parameterInput: input } : {};
}

/** Path-item and operation parameters by name, and the path ones that may hold reserved characters. */
function parametersOf(spec: string, where: string, { item, op }: OperationAt) {
  const parameters: Record<string, ParameterLocation> = {};
  const reserved: string[] = [];
  const requiredHeaders: string[] = [];
  const all = [...(item.parameters ?? []), ...(op.parameters ?? [])];
  for (const p of all) {
    parameters[p.name] = p.in;
    if (p['x-mediagen-allow-reserved'] === true && p.in === 'path') reserved.push(p.name);
    if (p.in === 'header' && p.required === true) requiredHeaders.push(p.name);
  }
  return {
    ...(Object.keys(parameters).length ? { parameters } : {}),
    ...(reserved.length ? { reservedParameters: reserved } : {}),
    ...(requiredHeaders.length ? { requiredHeaders } : {}),
    ...parameterInputOf(spec, where, all),
  };
}

/** The first `x-mediagen-max-bytes` on a property of any of the body's media types. */
function maxUploadBytesOf(
  body: RequestBody | undefined,
): Pick<OperationMetadata, 'maxUploadBytes'> {
  const maxUploadBytes = Object.values(body?.content ?? {})
    .flatMap((media) => Object.values(media.schema?.properties ?? {}))
    .map((property) => property['x-mediagen-max-bytes'])
    .find((limit) => typeof limit === 'number');
  return maxUploadBytes ? { maxUploadBytes } : {};
}

/** The JSON body the pre-send validator checks, with its prices and upload limits. */
function requestOf(spec: string, where: string, body: RequestBody | undefined) {
  const jsonBody = body?.content?.['application/json']?.schema;
  return {
    ...(jsonBody ? { input: pruneSchema(jsonBody, `${spec}: ${where} request body`) } : {}),
    ...(jsonBody && body?.required ? { bodyRequired: true } : {}),
    ...maxUploadBytesOf(body),
    ...partMediaTypesOf(`${spec}: ${where}`, body),
    ...pricesOf(spec, where, jsonBody),
  };
}

/** The operation's own facts: paid, idempotency header, rate-limit group, price formulas. */
function policiesOf(op: Operation) {
  const idempotency = op['x-mediagen-idempotency'];
  const rateLimit = op['x-mediagen-rate-limit'];
  return {
    ...(op['x-mediagen-paid'] ? { paid: true } : {}),
    ...(idempotency?.header ? { idempotencyHeader: idempotency.header } : {}),
    ...(rateLimit ? { rateLimit: withoutNotes(rateLimit) } : {}),
  };
}

/** A submit operation's own first delay and timeout (`x-mediagen-schedule`), for the jobs it starts. */
function submitSchedule(spec: string, where: string, op: Operation, hasStatus: boolean) {
  const own = op['x-mediagen-schedule'];
  if (!own) return {};
  if (!hasStatus) fail(spec, where, 'x-mediagen-schedule needs a status link to apply to');
  return { schedule: withoutNotes(own) as OperationMetadata['schedule'] };
}

/** The job side: status and cancel links, the job it reports or lists, refunds and error answers. */
function jobsOf(ctx: SpecContext, where: string, op: Operation): Partial<OperationMetadata> {
  const { spec } = ctx;
  const status = findLink(spec, where, op, 'status');
  const schedule = submitSchedule(spec, where, op, status !== undefined);
  const job = jobStatus(spec, where, op);
  const cancel = findLink(spec, where, op, 'cancel');
  const list = jobList(spec, where, op);
  const refund = op['x-mediagen-refund'];
  const errorMap = errorMapOf(`${spec}: ${where}`, op['x-mediagen-error-map'], ctx.answers);
  return {
    ...(status ? { status } : {}),
    ...schedule,
    ...(job ? { job } : {}),
    ...(cancel ? { cancel } : {}),
    ...(list ? { jobList: list } : {}),
    ...(refund && !job ? { refund: withoutNotes(refund) } : {}),
    ...(errorMap ? { errorMap } : {}),
  };
}

/** One operation's metadata, its keys in the order the generated file has always listed them. */
export function operationMetadata(ctx: SpecContext, at: OperationAt): OperationMetadata {
  const { spec } = ctx;
  const { method, path, op } = at;
  const where = `${method.toUpperCase()} ${path}`;
  const { input, bodyRequired, ...bodyFacts } = requestOf(spec, where, op.requestBody);
  return {
    method,
    path,
    auth: authOf(op.security ?? ctx.rootSecurity),
    ...parametersOf(spec, where, at),
    ...policiesOf(op),
    ...(input ? { input } : {}),
    ...(bodyRequired ? { bodyRequired } : {}),
    ...bodyFacts,
    ...priceFormulasOf(spec, where, op['x-mediagen-price-formulas']),
    ...jobsOf(ctx, where, op),
  };
}
