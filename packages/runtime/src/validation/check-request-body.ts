import { callbackUrlProblem } from '../callback-url.js';
import { ValidationError } from '../errors.js';
import { readFirst } from '../json-pointer.js';
import type { OperationMetadata, ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { formatIssues, nonFiniteIssues, validateInput } from './validate-input.js';

export interface BodyCheck {
  metadata: ProviderMetadata;
  operationId: string;
  operation: OperationMetadata;
  redact: Redactor;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * What a serialized body says as JSON, or `undefined` where it cannot be read without sending it
 * (a stream, a Blob, form data): those are left to the server rather than risk a false refusal.
 */
function sentJson(serialized: unknown, contentType: string): unknown {
  const text =
    typeof serialized === 'string'
      ? serialized
      : serialized instanceof ArrayBuffer || ArrayBuffer.isView(serialized)
        ? new TextDecoder().decode(serialized as ArrayBuffer)
        : undefined;
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  // Text that is not JSON under a JSON content type cannot be what the spec asks for.
  if (parsed === NOT_JSON) return /json/i.test(contentType) ? NOT_JSON : undefined;
  return parsed;
}

function refuse(check: BodyCheck, issues: { path: string; message: string }[]): never {
  const { metadata, operationId, operation } = check;
  throw new ValidationError(
    `${metadata.name} ${operationId} input is invalid, so it was not sent (nothing was charged): ${formatIssues(issues)}`,
    {
      provider: metadata.id,
      operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
      issues,
    },
    { redact: check.redact },
  );
}

/**
 * The call's path and query values against the spec's parameter schemas (enum, pattern, limits),
 * like the body: `/query/model_type must be one of …`. A value left out is the typed call's concern.
 */
export function checkParameters(check: BodyCheck, params: unknown): void {
  const schemas = check.operation.parameterInput;
  if (!schemas) return;
  const given = (params ?? {}) as Partial<Record<'path' | 'query', unknown>>;
  const issues = (['path', 'query'] as const).flatMap((location) => {
    const schema = schemas[location];
    const values = given[location];
    return schema && values !== undefined ? validateInput(schema, values, `/${location}`) : [];
  });
  if (issues.length > 0) refuse(check, issues);
}

/** A call without a body, to an operation whose spec requires one. */
export function checkMissingBody(check: BodyCheck): void {
  if (check.operation.input && check.operation.bodyRequired) {
    refuse(check, [{ path: '(body)', message: 'is required: the spec requires a request body' }]);
  }
}

/** The caller's body before the default serializer turns a NaN or an Infinity into `null`. */
export function checkFiniteNumbers(check: BodyCheck, body: unknown): void {
  const issues = nonFiniteIssues(body);
  if (issues.length > 0) refuse(check, issues);
}

/**
 * Checks exactly what will be sent: the serializer's output, whatever serializer or content type
 * the call chose, read back as JSON where it can be without sending it.
 */
export function checkSerializedBody(
  check: BodyCheck,
  serialized: unknown,
  contentType: string,
): void {
  const schema = check.operation.input;
  if (!schema) return;
  const sent = sentJson(serialized, contentType);
  if (sent === undefined) return;
  if (sent === NOT_JSON) refuse(check, [{ path: '(body)', message: 'is not valid JSON' }]);
  const issues = validateInput(schema, sent);
  if (issues.length > 0) refuse(check, issues);
}

/**
 * The callback URL a submit hands the provider (where the spec's callback says it goes): https, or
 * http to loopback only, whatever `validate` says, since a token in it would travel in clear text.
 */
export function checkCallbackUrls(check: BodyCheck, body: unknown): void {
  for (const push of Object.values(check.metadata.pushes ?? {})) {
    if (push.submit?.operationId !== check.operationId) continue;
    const url = readFirst(body, push.submit.urlField);
    const problem = url === undefined ? undefined : callbackUrlProblem(url);
    if (problem) refuse(check, [{ path: push.submit.urlField, message: problem }]);
  }
}
