import createClient, { type Client, type FetchOptions, type FetchResponse } from 'openapi-fetch';
import { createPushHandler, type PushHandlerOptions } from './create-push-handler.js';
import { ConfigurationError, InvalidResponseError } from './errors.js';
import type { JobDriver } from './job-driver.js';
import { createJobHandles, type JobHandle } from './job-handle.js';
import { createJobPoller } from './job-poller.js';
import { cancelParams, operationParams } from './link-parameters.js';
import { loadApiKey } from './load-api-key.js';
import { type PolledJob, pollJob } from './poll-job.js';
import { createRequestPreparer, guardClientMethods } from './prepare-request.js';
import type { ProviderMetadata, RetryPolicy } from './provider-metadata.js';
import { createPushHub } from './push-hub.js';
import { type JobSnapshot, readJob, readRefund } from './read-job.js';
import { createRedactor } from './redact.js';
import { type RunOptions, splitRunOptions } from './run-options.js';
import { createPathSerializer } from './serialize-path.js';
import type { JobStore } from './state/job-store.js';
import { createMemoryJobStore } from './state/memory-job-store.js';
import type { PushBus } from './state/push-bus.js';
import { publishPolledEnds, shareEnds } from './state/share-ends.js';
import { sharedPolling } from './state/shared-polling.js';
import { createTransport, type RateLimitOverrides, type RequestOptions } from './transport.js';
import { validateBaseUrl } from './validate-base-url.js';
import { waitAll } from './wait-all.js';
import { type JobSettled, type WaitAllOptions, waitEach } from './wait-each.js';
import { waitForJob } from './wait-for-job.js';
import type { WaitOptions } from './wait-options.js';
import type { JobResult } from './wait-outcomes.js';

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
   * Shares jobs' ends and polling with other processes (`@mediagen/redis`): a push or poll that
   * ends a job in any process settles the waits for it in every process, and one process at a
   * time polls a job. Default: this client alone.
   */
  bus?: PushBus;
  /**
   * The journal of logical jobs (`@mediagen/redis`), for `runJournaled`, `resumePending` and the
   * BullMQ processor, exposed as `client.store`. Default: an in-memory journal.
   */
  store?: JobStore;
}

// biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's `operations` is any interface.
type AnyOperations = Record<string, any>;
type Media = `${string}/${string}`;

export type OperationInit<Op> = FetchOptions<Op>;
export type OperationData<Op> = Op extends AnyOperations
  ? NonNullable<FetchResponse<Op, object, Media>['data']>
  : never;

/** Where the spec declares no cancel operation, options to cancel on abort are refused by the types. */
export type CancellableOptions<M extends ProviderMetadata, O> = true extends {
  [K in keyof M['operations']]: M['operations'][K] extends { cancel: object } ? true : never;
}[keyof M['operations']]
  ? O
  : Omit<O, 'cancelOnAbort' | 'cancelTimeoutMs'>;

export type SubmitOperationId<M extends ProviderMetadata> = {
  [K in keyof M['operations']]: M['operations'][K] extends { status: object } ? K : never;
}[keyof M['operations']] &
  string;

type StatusOperationOf<M extends ProviderMetadata, K> = K extends keyof M['operations']
  ? M['operations'][K] extends { status: { operationId: infer S } }
    ? S
    : never
  : never;

export type JobBody<Ops extends AnyOperations, M extends ProviderMetadata, K> =
  StatusOperationOf<M, K> extends keyof Ops ? OperationData<Ops[StatusOperationOf<M, K>]> : unknown;

/** What a submit that starts one job learned: its handle, the submit's answer, and any state it showed. */
export interface SubmittedJob<Body = unknown> {
  handle: JobHandle;
  body: Body;
  /** The job's state as the submit's answer reports it, where the spec says how to read it. */
  job?: JobSnapshot;
}

/** What a submit that starts several jobs learned: one handle per job, and the submit's answer. */
export interface SubmittedJobs<Body = unknown> {
  handles: JobHandle[];
  body: Body;
}

type Submitted<
  Ops extends AnyOperations,
  M extends ProviderMetadata,
  K,
> = K extends keyof M['operations']
  ? M['operations'][K] extends { status: { each: true } }
    ? SubmittedJobs<K extends keyof Ops ? OperationData<Ops[K]> : unknown>
    : SubmittedJob<K extends keyof Ops ? OperationData<Ops[K]> : unknown>
  : never;

type Ran<Ops extends AnyOperations, M extends ProviderMetadata, K> = K extends keyof M['operations']
  ? M['operations'][K] extends { status: { each: true } }
    ? JobSettled<JobBody<Ops, M, K>>[]
    : JobResult<JobBody<Ops, M, K>>
  : never;

export interface ProviderClient<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
> extends Client<Paths> {
  readonly metadata: M;
  /** The journal of logical jobs this client was given (`{ store }`), else its in-memory one. */
  readonly store: JobStore;
  /** Calls one operation by id and returns its typed body. Errors are thrown as typed errors. */
  call<K extends keyof Ops & string>(
    operationId: K,
    init: OperationInit<Ops[K]>,
    options?: RequestOptions,
  ): Promise<OperationData<Ops[K]>>;
  /**
   * Submits a job: its serializable `handle` (`handles` where one call starts several jobs) and the
   * submit's answer as `body`. A job the answer already shows ended is not polled for.
   */
  submit<K extends SubmitOperationId<M>>(
    operationId: K,
    init: OperationInit<Ops[K]>,
    options?: RequestOptions,
  ): Promise<Submitted<Ops, M, K>>;
  /** One status request: the job's normalized state now, with the status answer. */
  poll<Body = unknown>(handle: JobHandle, options?: RequestOptions): Promise<PolledJob<Body>>;
  /** Polls a job on the provider's documented schedule until it ends. */
  wait<Body = unknown>(
    handle: JobHandle,
    options?: CancellableOptions<M, WaitOptions>,
  ): Promise<JobResult<Body>>;
  /** Waits for many jobs on one shared schedule, polling in bulk where the spec allows. */
  waitAll<Body = unknown>(
    handles: readonly JobHandle[],
    options?: WaitAllOptions,
  ): Promise<JobSettled<Body>[]>;
  /** Yields each job as soon as it settles: `for await (const settled of client.waitEach(handles))`. */
  waitEach<Body = unknown>(
    handles: readonly JobHandle[],
    options?: WaitAllOptions,
  ): AsyncGenerator<JobSettled<Body>, void, undefined>;
  /** Submits and waits. */
  run<K extends SubmitOperationId<M>>(
    operationId: K,
    init: OperationInit<Ops[K]>,
    options?: CancellableOptions<M, RunOptions>,
  ): Promise<Ran<Ops, M, K>>;
  /** Cancels a job where the spec declares a cancel operation, and returns the cancel response. */
  cancel(handle: JobHandle, options?: RequestOptions): Promise<unknown>;
  /**
   * A web-standard endpoint, `(request) => Promise<Response>`, for the spec's callbacks and webhooks.
   * Each verified delivery settles this client's pending `wait` for the job at once.
   */
  pushHandler<Payload = unknown>(
    options?: PushHandlerOptions<Payload>,
  ): (request: Request) => Promise<Response>;
}

/**
 * Builds a provider client from its generated metadata: the typed openapi-fetch client, running on
 * the runtime's transport, plus typed job helpers. Provider packages are a call to this.
 */
export function createProviderClient<
  Paths extends object,
  Ops extends AnyOperations,
  M extends ProviderMetadata,
>(metadata: M, options: ClientOptions = {}): ProviderClient<Paths, Ops, M> {
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
  const transport = createTransport({
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
  const pathSerializer = createPathSerializer(metadata);
  const client = createClient<Paths>({
    baseUrl,
    fetch: (request) => transport.send(request),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(pathSerializer ? { pathSerializer } : {}),
  });
  const prepare = createRequestPreparer({ metadata, redact, transport });
  const request = guardClientMethods(client, prepare);

  async function call(
    operationId: string,
    init: object = {},
    requestOptions: RequestOptions = {},
  ): Promise<unknown> {
    const op = metadata.operations[operationId];
    if (!op)
      throw new ConfigurationError(`${metadata.name} has no operation ${operationId}.`, {
        provider: metadata.id,
      });
    try {
      // The signal goes to the transport only: a Request built with it would add a listener to the
      // caller's signal per call that lives until garbage collection.
      const prepared = prepare(op.method.toUpperCase(), op.path, init as Record<string, unknown>, {
        ...requestOptions,
        operationId,
        ownRequest: true,
      });
      const { data } = (await request(op.method, op.path, prepared)) as { data?: unknown };
      return data;
    } catch (error) {
      if (error instanceof SyntaxError) {
        const mayExist = op.paid
          ? '; the job may exist and may be billed, so check before you submit it again'
          : '';
        throw new InvalidResponseError(
          `${metadata.name} ${operationId} answered with a body that is not valid JSON${mayExist}`,
          {
            provider: metadata.id,
            operationId,
            method: op.method.toUpperCase(),
            path: op.path,
            ...(op.paid ? { jobMayExist: true } : {}),
          },
          { cause: error, redact },
        );
      }
      throw error;
    }
  }

  const { bus } = options;
  const pushes = bus ? shareEnds(createPushHub(), bus, metadata.id) : createPushHub();
  const poll = (handle: JobHandle, signal: AbortSignal | undefined) =>
    call(
      handle.statusOperationId,
      { params: operationParams(metadata, handle.statusOperationId, handle.params) },
      signal ? { signal } : {},
    );
  const list = (operationId: string, signal: AbortSignal | undefined) =>
    call(operationId, {}, signal ? { signal } : {});
  // Every wait, run and helper on this client shares one poll loop per status route.
  const poller = createJobPoller({ metadata, poll, list, pushes });
  const driver: JobDriver = {
    metadata,
    redact,
    pushes,
    poll,
    look: bus ? publishPolledEnds(poller.look, pushes) : poller.look,
    watch: poller.watch,
    ...(bus ? sharedPolling(bus, metadata.id, options.timeoutMs ?? 60_000) : {}),
    cancel: async (handle, signal) => {
      const body = await cancel(handle, { signal, retry: { maxRetries: 0 } });
      const cancelId = metadata.operations[handle.statusOperationId]?.cancel?.operationId;
      const refund = cancelId ? metadata.operations[cancelId]?.refund : undefined;
      const snapshot: JobSnapshot = {
        state: 'cancelled',
        status: 'cancelled',
        outputs: [],
        ...readRefund(refund, body),
      };
      return { snapshot, body };
    },
  };

  async function submit(
    operationId: string,
    init: object,
    requestOptions: RequestOptions = {},
  ): Promise<SubmittedJob | SubmittedJobs> {
    const body = await call(operationId, init, requestOptions);
    const request = (init as { params?: { path?: object; query?: object } }).params ?? {};
    const handles = createJobHandles(metadata, operationId, body, {
      ...request.query,
      ...request.path,
    });
    const op = metadata.operations[operationId];
    if (op?.status?.each) return { handles, body };
    const handle = handles[0]!;
    if (!op?.submitJob) return { handle, body };
    const job = readJob(op.submitJob, body);
    // A job that ended before the submit answered: its waits end on this, with no poll.
    pushes.deliver({ job: { ...job, id: handle.id }, body });
    return { handle, body, job };
  }

  async function cancel(handle: JobHandle, requestOptions: RequestOptions = {}) {
    const link = metadata.operations[handle.statusOperationId]?.cancel;
    if (!link) {
      throw new ConfigurationError(`${metadata.name} documents no way to cancel a job.`, {
        provider: metadata.id,
      });
    }
    return call(link.operationId, { params: cancelParams(metadata, link, handle) }, requestOptions);
  }

  const extras = {
    metadata,
    store: options.store ?? createMemoryJobStore(),
    pushHandler: (pushOptions?: PushHandlerOptions) =>
      createPushHandler({ metadata, hub: pushes }, pushOptions),
    call,
    submit,
    cancel,
    poll: (handle: JobHandle, pollOptions: RequestOptions = {}) =>
      pollJob(driver, handle, pollOptions.signal),
    wait: (handle: JobHandle, waitOptions?: WaitOptions) => waitForJob(driver, handle, waitOptions),
    waitAll: (handles: readonly JobHandle[], waitOptions?: WaitAllOptions) =>
      waitAll(driver, handles, waitOptions),
    waitEach: (handles: readonly JobHandle[], waitOptions?: WaitAllOptions) =>
      waitEach(driver, handles, waitOptions),
    async run(operationId: string, init: object, runOptions: RunOptions = {}) {
      const { request, wait } = splitRunOptions(runOptions);
      const submitted = await submit(operationId, init, request);
      return 'handles' in submitted
        ? waitAll(driver, submitted.handles, wait)
        : waitForJob(driver, submitted.handle, wait);
    },
  };
  return Object.assign(client, extras) as unknown as ProviderClient<Paths, Ops, M>;
}
