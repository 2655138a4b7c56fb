import createClient from 'openapi-fetch';
import { ConfigurationError } from '../errors.js';
import { registerPushes } from '../jobs/client-pushes.js';
import { createJobApi, type JobApi } from '../jobs/create-job-api.js';
import { createDirectPoller } from '../jobs/look-directly.js';
import type { ProviderMetadata, RetryPolicy } from '../provider-metadata.js';
import { createRedactor } from '../redact.js';
import { createSignalRelay } from '../signal-relay.js';
import type { JobStore } from '../state/job-store.js';
import type { PushBus } from '../state/push-bus.js';
import {
  createTransport,
  type RateLimitOverrides,
  type RequestOptions,
} from '../transport/transport.js';
import { clientOptionsProblem, refuseOptions } from './check-client-options.js';
import { type ClientParts, missingPart } from './client-parts.js';
import { guardMethods, type RequestMethods } from './guard-methods.js';
import { createJsonAnswerCheck } from './json-answer.js';
import { loadApiKey } from './load-api-key.js';
import type { AnyOperations, CallOperation } from './operation-types.js';
import { createRequestPreparer } from './prepare-request.js';
import { validateBaseUrl } from './validate-base-url.js';

export type {
  CancellableOptions,
  JobApi,
  JobBody,
  SubmitOperationId,
  SubmittedJob,
  SubmittedJobs,
} from '../jobs/create-job-api.js';
export type { ClientParts } from './client-parts.js';
export type { OperationData, OperationInit } from './operation-types.js';

export interface ClientOptions {
  /** Defaults to the provider's env var (named in the error if both are missing). */
  apiKey?: string;
  /** Defaults to the spec's server. Must be https, except on loopback (the mock servers). */
  baseUrl?: string;
  /** A fetch to run on, for proxies and tests. Defaults to the global fetch. */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Overrides the spec's retry advice for this client. */
  retry?: Partial<RetryPolicy>;
  /** Timeout of each attempt. Default 60 s. */
  timeoutMs?: number;
  /** Budget for all attempts of one call. Default 5 min. */
  deadlineMs?: number;
  /** Cap on one response body, success or error; a larger one is a `ResponseTooLargeError`. Default 32 MiB. */
  maxResponseBytes?: number;
  /**
   * Requests in flight at once per rate-limit group, and for operations whose limit the provider
   * does not document. Default 8.
   */
  maxConcurrency?: number;
  /**
   * Replaces the spec's documented rate limit of a group (`{ 'generate-music': { requests: 30,
   * perSeconds: 60 } }`, say for a higher plan), or `false` to stop pacing a group or, alone, all of
   * them (a local mock). The concurrency cap stays.
   */
  rateLimits?: RateLimitOverrides;
  /**
   * Shares jobs' ends and polling with other processes (`createRedisState()` of `@mediagen/redis`):
   * a push or poll that ends a job in any process settles the waits for it in all of them, and one
   * process at a time polls a job. Default: this client alone.
   */
  bus?: PushBus;
  /**
   * The journal of logical jobs (`@mediagen/redis`), kept as `client.store` for its `runJournaled`,
   * `resumePending` and BullMQ processor. Default: none.
   */
  store?: JobStore;
}

/**
 * A provider client without push handling: openapi-fetch's typed methods (`GET`, `POST`, … by
 * path), `call` by operation id and the job API (`submit`, `wait`, `run`, …).
 */
export interface ProviderBase<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
> extends RequestMethods<Paths>,
    JobApi<Ops, M> {
  readonly metadata: M;
  /** The journal of logical jobs: the `store` option. */
  readonly store?: JobStore;
  /** Calls one operation by id and returns its typed body. Errors are thrown as typed errors. */
  call: CallOperation<Ops>;
}

/**
 * Builds a provider client from its generated metadata, as one object: openapi-fetch's typed
 * methods running on the runtime's transport, `call` and the job API. For a spec with callbacks or
 * webhooks, `createProviderClient` adds the push endpoint; without it, no push code is bundled.
 * The optional `parts` its spec needs (`listPolling`, `reservedPathParameters`) come in as an
 * argument for the same reason: a spec that needs none bundles none.
 */
export function createProviderBase<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
>(metadata: M, options: ClientOptions = {}, parts: ClientParts = {}): ProviderBase<Paths, Ops, M> {
  const missing = missingPart(metadata, parts);
  if (missing) {
    throw new ConfigurationError(
      `${metadata.name}'s spec needs the ${missing} part: pass { ${missing} } from @mediagen/runtime/provider as createProviderBase's third argument.`,
      { provider: metadata.id },
    );
  }
  refuseOptions(clientOptionsProblem(options), metadata.name, metadata.id);
  const baseUrl = validateBaseUrl(options.baseUrl ?? metadata.baseUrl, metadata.name);
  let apiKey: string | undefined;
  const getKey = () => {
    apiKey ??= loadApiKey({
      apiKey: options.apiKey,
      envVar: metadata.apiKeyEnv,
      provider: metadata.name,
    });
    return apiKey;
  };
  const redact = createRedactor(() => [apiKey, options.apiKey]);
  const userFetch = options.fetch;
  // One listener per client on a caller's signal, however many calls and waits share it.
  const relay = createSignalRelay();
  const transport = createTransport({
    relay,
    metadata,
    baseUrl,
    // Late-bound so a fetch installed after the client was created (tests, polyfills) is used.
    fetch: userFetch ?? ((input, init) => globalThis.fetch(input, init)),
    authorization: () => metadata.auth.prefix + getKey(),
    redact,
    retry: { ...metadata.retry, ...options.retry },
    timeoutMs: options.timeoutMs ?? 60_000,
    deadlineMs: options.deadlineMs ?? 300_000,
    maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
    maxConcurrency: options.maxConcurrency ?? 8,
    ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
  });
  const pathSerializer = parts.reservedPathParameters?.(metadata);
  const fetchClient = createClient<Paths>({
    baseUrl,
    fetch: (request) => transport.send(request),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(pathSerializer ? { pathSerializer } : {}),
  });
  const prepare = createRequestPreparer({
    metadata,
    redact,
    transport,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const checked = createJsonAnswerCheck(metadata, redact);
  const request = fetchClient.request as (
    method: string,
    url: string,
    init: object,
  ) => Promise<{ data?: unknown }>;

  async function call(
    operationId: string,
    init: object = {},
    requestOptions: RequestOptions = {},
  ): Promise<unknown> {
    // Own names only: `constructor` or `toString`, found on every object, is no operation.
    const op = Object.hasOwn(metadata.operations, operationId)
      ? metadata.operations[operationId]
      : undefined;
    if (!op)
      throw new ConfigurationError(`${metadata.name} has no operation ${operationId}.`, {
        provider: metadata.id,
      });
    // The signal goes to the transport only: a Request built with it would add a listener to the
    // caller's signal per call that lives until garbage collection.
    const method = op.method.toUpperCase();
    const prepared = prepare(method, op.path, init as Record<string, unknown>, {
      ...requestOptions,
      operationId,
      ownRequest: true,
    });
    const resolved = { id: operationId, meta: op };
    const { data } = await checked({ method, path: op.path, op: resolved }, prepared, (ready) =>
      request(op.method, op.path, ready),
    );
    return data;
  }

  const jobs = createJobApi<Ops, M>({
    metadata,
    redact,
    call,
    createPoller: parts.listPolling ?? createDirectPoller,
    relay,
    ...(options.bus ? { bus: options.bus, requestMs: options.timeoutMs ?? 60_000 } : {}),
  });
  const client: ProviderBase<Paths, Ops, M> = {
    ...guardMethods(fetchClient, prepare, checked, transport.resolve),
    ...jobs.api,
    metadata,
    ...(options.store ? { store: options.store } : {}),
    call: call as CallOperation<Ops>,
  };
  // Where a push endpoint added later (pushHandlerHelpers) finds this client's waits.
  registerPushes(client, { metadata, hub: jobs.pushes });
  return client;
}
