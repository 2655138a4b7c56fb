import { defaultBodySerializer } from 'openapi-fetch';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import type { ResolvedOperation } from '../transport/resolve-operation.js';
import type { SendOptions, Transport } from '../transport/transport.js';
import {
  type BodyCheck,
  checkFiniteNumbers,
  checkMissingBody,
  checkSerializedBody,
} from '../validation/check-request-body.js';

type Init = Record<string, unknown> & {
  body?: unknown;
  bodySerializer?: (body: unknown, headers?: Headers | Record<string, string>) => unknown;
  fetch?: unknown;
};
type CoreCall = (url: string, init?: Init) => Promise<unknown>;
type CoreRequest = (method: string, url: string, init?: Init) => Promise<unknown>;

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

function contentTypeOf(headers: unknown, serialized: unknown): string {
  const fromHeaders =
    headers instanceof Headers
      ? headers.get('content-type')
      : (headers as Record<string, string> | undefined)?.['content-type'];
  return fromHeaders ?? (serialized instanceof FormData ? '' : 'application/json');
}

/**
 * Prepares one openapi-fetch call before anything is serialized: names its operation from the
 * route table by method and path template, checks the body the serializer actually produced
 * (whatever serializer or content type the call chose, or no body at all), and hands the
 * transport the serialized body so every attempt rebuilds it instead of copying a stream.
 */
export function createRequestPreparer(deps: {
  metadata: ProviderMetadata;
  redact: Redactor;
  transport: Transport;
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
    const op = transport.resolve.byTemplate(method, template);
    // `validate: false` is the caller's escape hatch for a body the spec does not know yet.
    const check = sendOptions.validate === false || !op ? undefined : checkFor(op);
    if (check && init.body === undefined) checkMissingBody(check);
    const own = init.bodySerializer;
    const serialize = own ?? defaultBodySerializer;
    // The caller's signal is taken from the init, not read back from the Request, whose `signal`
    // getter is a measurable part of a call.
    const signal =
      sendOptions.signal ?? (init.signal as AbortSignal | null | undefined) ?? undefined;
    // Built once per call; the serializer adds the body it produced before the request is sent.
    const options: SendOptions = { ...sendOptions, ownRequest: true };
    if (signal) options.signal = signal;
    if (op) options.operationId = op.id;
    return {
      ...init,
      bodySerializer(body: unknown, headers?: Headers | Record<string, string>) {
        if (check && !own) checkFiniteNumbers(check, body);
        const serialized = serialize(body, headers as Headers);
        if (check) checkSerializedBody(check, serialized, contentTypeOf(headers, serialized));
        if (serialized !== undefined) options.body = serialized as BodyInit;
        return serialized;
      },
      // A fetch of the caller's own for this one call replaces the transport, as in openapi-fetch.
      fetch: init.fetch ?? ((request: Request) => transport.send(request, options)),
    };
  };
}

export type Prepare = ReturnType<typeof createRequestPreparer>;

/**
 * Routes every openapi-fetch method of the client through `prepare`, and returns the unwrapped
 * `request` for the client's own helpers, which prepare their calls themselves.
 */
export function guardClientMethods(client: object, prepare: Prepare): CoreRequest {
  const methods = client as Record<string, CoreCall> & { request: CoreRequest };
  for (const method of METHODS) {
    const original = methods[method]!;
    // Async, so a refusal before sending is a rejected promise like every other failure.
    methods[method] = async (url, init) => original(url, prepare(method, url, init));
  }
  const request = methods.request;
  methods.request = async (method, url, init) =>
    request(method, url, prepare(method.toUpperCase(), url, init));
  return request;
}
