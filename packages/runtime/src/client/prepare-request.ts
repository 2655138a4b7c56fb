import { defaultBodySerializer, mergeHeaders } from 'openapi-fetch';
import { ValidationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { checkSignal } from '../signal-relay.js';
import type { ResolvedOperation } from '../transport/resolve-operation.js';
import type { SendOptions, Transport } from '../transport/transport.js';
import {
  type BodyCheck,
  checkCallbackUrls,
  checkFiniteNumbers,
  checkMissingBody,
  checkParameters,
  checkSerializedBody,
} from '../validation/check-request-body.js';
import { isPrimitive } from '../validation/json-value.js';
import { refuseOptions, requestOptionsProblem } from './check-client-options.js';

type HeadersOptions = Parameters<typeof mergeHeaders>[number];
/** openapi-fetch types it with one parameter; it reads the headers for a form-encoded body. */
const serializeByDefault = defaultBodySerializer as (body: unknown, headers: Headers) => unknown;

export type Init = Record<string, unknown> & {
  body?: unknown;
  bodySerializer?: (body: unknown, headers?: Headers | Record<string, string>) => unknown;
  fetch?: unknown;
  headers?: HeadersOptions;
  params?: { header?: HeadersOptions; path?: unknown; query?: unknown };
};

/** The longest idempotency key sent: far below any server's header limit (a 1 MB key got a 431). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function refuseInput(
  metadata: ProviderMetadata,
  op: ResolvedOperation | undefined,
  issue: { path: string; message: string },
  redact: Redactor,
  cause?: unknown,
): ValidationError {
  return new ValidationError(
    `${metadata.name} ${op?.id ?? 'request'}: ${issue.path} ${issue.message}, so nothing was sent.`,
    { provider: metadata.id, ...(op ? { operationId: op.id } : {}), issues: [issue] },
    { redact, ...(cause === undefined ? {} : { cause }) },
  );
}

function unserializable(
  metadata: ProviderMetadata,
  op: ResolvedOperation | undefined,
  error: unknown,
  redact: Redactor,
): ValidationError {
  const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const message = `cannot be serialized as JSON (${why}); remove circular references, and send a BigInt as a string or number`;
  return refuseInput(metadata, op, { path: '(body)', message }, redact, error);
}

/** An idempotency key goes in a header: printable, one line, bounded. */
function checkIdempotencyKey(
  metadata: ProviderMetadata,
  op: ResolvedOperation | undefined,
  key: unknown,
  redact: Redactor,
): void {
  if (key === undefined) return;
  const problem =
    typeof key !== 'string' || key === ''
      ? 'must be a non-empty string'
      : key.length > MAX_IDEMPOTENCY_KEY_LENGTH
        ? `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters (got ${key.length})`
        : /[^\x20-\x7e]/.test(key)
          ? 'must hold printable ASCII only (no line break, control or non-ASCII character)'
          : undefined;
  if (problem)
    throw refuseInput(metadata, op, { path: 'idempotencyKey', message: problem }, redact);
}

/**
 * The call's options as a shape: plain JavaScript can pass `null` where the types say an object,
 * which would otherwise surface as a TypeError from deep inside openapi-fetch or `fetch`.
 */
function initProblem(method: string, init: unknown): { path: string; message: string } | undefined {
  if (isPrimitive(init))
    return { path: '(options)', message: 'must be an object such as { params, body }' };
  const { params, body } = init as Init;
  if (params !== undefined && isPrimitive(params))
    return { path: 'params', message: 'must be an object such as { path, query, header }' };
  if (body !== undefined && (method === 'GET' || method === 'HEAD'))
    return { path: 'body', message: `is not allowed on ${method}; put the values in params.query` };
  return undefined;
}

function contentTypeOf(headers: Headers, serialized: unknown): string {
  return headers.get('content-type') ?? (serialized instanceof FormData ? '' : 'application/json');
}

/**
 * Prepares one openapi-fetch call: names its operation from the route table by method and path
 * template, serializes the body here (with the call's own serializer, if any, and the headers
 * openapi-fetch would give it), checks what will actually be sent, and returns the init for
 * openapi-fetch with that body already serialized and a per-call `fetch` that hands it to the
 * transport as an argument, so every attempt rebuilds it instead of copying a stream.
 */
export function createRequestPreparer(deps: {
  metadata: ProviderMetadata;
  redact: Redactor;
  transport: Transport;
  /** The client's own headers, which openapi-fetch merges under each call's. */
  headers?: HeadersOptions;
}) {
  const { metadata, redact, transport } = deps;
  // One check per operation, made on its first call.
  const checks = new Map<string, BodyCheck>();
  const checkFor = (op: ResolvedOperation): BodyCheck => {
    let check = checks.get(op.id);
    if (!check) {
      check = { metadata, operationId: op.id, operation: op.meta, redact };
      checks.set(op.id, check);
    }
    return check;
  };
  return function prepare(
    method: string,
    template: string,
    init: Init = {},
    sendOptions: SendOptions = {},
  ): Init {
    refuseOptions(requestOptionsProblem(sendOptions), metadata.name, metadata.id);
    // openapi-fetch appends the path to the base URL as a string: without its leading `/` it runs
    // on into the base's last segment, or its host (`.evil.test/x`, `@evil.test/x`).
    if (typeof template !== 'string' || !template.startsWith('/')) {
      const message = "must start with / (a path of the spec, such as '/things/{id}')";
      throw refuseInput(metadata, undefined, { path: 'path', message }, redact);
    }
    const op = transport.resolve.byTemplate(method, template);
    const problem = initProblem(method, init);
    if (problem) throw refuseInput(metadata, op, problem, redact);
    // `validate: false` is the caller's escape hatch for a body the spec does not know yet.
    const check = sendOptions.validate === false || !op ? undefined : checkFor(op);
    if (check) checkParameters(check, init.params);
    if (check && init.body === undefined) checkMissingBody(check);
    let body: unknown;
    checkIdempotencyKey(metadata, op, sendOptions.idempotencyKey, redact);
    if (init.body !== undefined) {
      const own = init.bodySerializer;
      // The headers openapi-fetch passes its serializer: the client's, the call's, its header params.
      const headers = mergeHeaders(deps.headers, init.headers, init.params?.header);
      try {
        body = own ? own(init.body, headers) : serializeByDefault(init.body, headers);
      } catch (error) {
        // A circular body, a BigInt: JSON.stringify's TypeError, before anything is sent.
        throw unserializable(metadata, op, error, redact);
      }
      // After serializing, which proved the body acyclic: the walks below end.
      if (op) checkCallbackUrls(checkFor(op), init.body);
      if (check && !own) checkFiniteNumbers(check, init.body);
      if (check) checkSerializedBody(check, body, contentTypeOf(headers, body));
    }
    // The caller's signal is taken from the init, not read back from the Request, whose `signal`
    // getter is a measurable part of a call.
    const signal = checkSignal(sendOptions.signal ?? init.signal);
    const options: SendOptions = {
      ...sendOptions,
      ownRequest: true,
      ...(signal ? { signal } : {}),
      ...(op ? { operationId: op.id } : {}),
      ...(body !== undefined ? { body: body as BodyInit } : {}),
    };
    // The signal goes to the transport only: a Request built with it would add a listener to the
    // caller's signal per call. A fetch of the caller's own reads it from the Request, as usual.
    const { signal: _forTransport, ...unsignalled } = init;
    return {
      ...(init.fetch ? init : unsignalled),
      // Already serialized above: openapi-fetch sends it as it is.
      ...(body !== undefined ? { bodySerializer: () => body } : {}),
      // A fetch of the caller's own for this one call replaces the transport, as in openapi-fetch.
      fetch: init.fetch ?? ((request: Request) => transport.send(request, options)),
    };
  };
}

export type Prepare = ReturnType<typeof createRequestPreparer>;
