import type { AnyOperations, OperationData, OperationInit } from '../client/operation-types.js';
import { ConfigurationError } from '../errors.js';
import { isJobHandle, type JobHandle } from '../job-handle.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import type { Redactor } from '../redact.js';
import { createSignalRelay, type SignalRelay } from '../signal-relay.js';
import type { PushBus } from '../state/push-bus.js';
import { publishPolledEnds, shareEnds } from '../state/share-ends.js';
import { sharedPolling } from '../state/shared-polling.js';
import type { RequestOptions } from '../transport/transport.js';
import { attachHandle } from './attach-handle.js';
import { callbackRefusal } from './callback-refusal.js';
import { createJobHandles } from './create-job-handles.js';
import type { JobDriver } from './job-driver.js';
import type { JobPoller, PollerSource } from './job-poller.js';
import { cancelParams, operationParams } from './link-parameters.js';
import { type PolledJob, pollJob } from './poll-job.js';
import { createPushHub, type PushHub } from './push-hub.js';
import { type JobSnapshot, readJob, readRefund } from './read-job.js';
import { type RunOptions, splitRunOptions } from './run-options.js';
import { waitAll } from './wait-all.js';
import { type JobSettled, type WaitAllOptions, waitEach } from './wait-each.js';
import { waitForJob } from './wait-for-job.js';
import type { WaitOptions } from './wait-options.js';
import type { JobResult } from './wait-outcomes.js';

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

/** The job methods every provider client has, typed by the provider's operations and metadata. */
export interface JobApi<Ops extends AnyOperations, M extends ProviderMetadata> {
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
}

/** The job API as implemented: by operation id, before the provider's types are put on it. */
interface UntypedJobApi {
  submit(operationId: string, init: object, options?: RequestOptions): Promise<unknown>;
  poll(handle: JobHandle, options?: RequestOptions): Promise<PolledJob>;
  wait(handle: JobHandle, options?: WaitOptions): Promise<JobResult>;
  waitAll(handles: readonly JobHandle[], options?: WaitAllOptions): Promise<JobSettled[]>;
  waitEach(
    handles: readonly JobHandle[],
    options?: WaitAllOptions,
  ): AsyncGenerator<JobSettled, void, undefined>;
  run(operationId: string, init: object, options?: RunOptions): Promise<unknown>;
  cancel(handle: JobHandle, options?: RequestOptions): Promise<unknown>;
}

/** What the job API runs on: the client's operation call, by id. */
export interface JobApiCore {
  metadata: ProviderMetadata;
  redact: Redactor;
  call(operationId: string, init: object, options?: RequestOptions): Promise<unknown>;
  /** Shares jobs' ends and their polling with other clients (`ClientOptions.bus`). */
  bus?: PushBus;
  /** How long one status request may take: a poll claim on the bus outlasts it. */
  requestMs?: number;
  /** The poll loop: `listPolling` where the spec declares a job list, else `createDirectPoller`. */
  createPoller(source: PollerSource): JobPoller;
  /** The client's signal relay, shared with its transport. */
  relay?: SignalRelay;
}

/**
 * The job API of one client, on one poll loop per status route, and the hub through which pushes
 * (and submits whose answer shows the job ended) settle its waits.
 */
export function createJobApi<Ops extends AnyOperations, M extends ProviderMetadata>(
  core: JobApiCore,
): { api: JobApi<Ops, M>; pushes: PushHub } {
  const { metadata, redact, call, bus } = core;
  const pushes = bus ? shareEnds(createPushHub(), bus, metadata.id) : createPushHub();
  // A job's own parameters come from the provider's answer, not the caller: a poll or cancel of a
  // job the provider named is never refused by the spec's guess at their shape.
  const poll = (
    handle: JobHandle,
    signal: AbortSignal | undefined,
    requestOptions: RequestOptions = {},
  ) =>
    call(
      handle.statusOperationId,
      { params: operationParams(metadata, handle.statusOperationId, handle.params) },
      { ...requestOptions, validate: false, ...(signal ? { signal } : {}) },
    );
  const list = (operationId: string, signal: AbortSignal | undefined) =>
    call(operationId, {}, signal ? { signal } : {});
  const poller = core.createPoller({ metadata, poll, list, pushes });

  async function cancel(handle: JobHandle, requestOptions: RequestOptions = {}) {
    const link = metadata.operations[handle.statusOperationId]?.cancel;
    if (!link) {
      throw new ConfigurationError(`${metadata.name} documents no way to cancel a job.`, {
        provider: metadata.id,
      });
    }
    return call(
      link.operationId,
      { params: cancelParams(metadata, link, handle) },
      { validate: false, ...requestOptions },
    );
  }

  const driver: JobDriver = {
    metadata,
    redact,
    pushes,
    poll,
    // With a bus, an end a poll saw is published, and one client at a time polls a job.
    look: bus ? publishPolledEnds(poller.look, pushes) : poller.look,
    watch: poller.watch,
    ...(bus ? sharedPolling(bus, metadata.id, core.requestMs ?? 60_000) : {}),
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

  // A caller's signal shared by many waits gets one listener from this client, not one per wait.
  const relay = core.relay ?? createSignalRelay();
  const relayed = <O extends { signal?: AbortSignal }>(options: O | undefined): O | undefined =>
    options?.signal ? { ...options, signal: relay(options.signal) } : options;

  // A plain-JS caller may pass anything: refused as a ConfigurationError, not a TypeError inside.
  const checked = (handle: JobHandle) => {
    if (isJobHandle(handle)) return handle;
    throw new ConfigurationError(
      `${metadata.name}: that is not a job handle (got ${handle === null ? 'null' : typeof handle}). Pass the handle submit() returned, or JSON.parse of one you stored.`,
      { provider: metadata.id },
    );
  };
  const checkedAll = (handles: readonly JobHandle[]) => {
    if (!Array.isArray(handles)) checked(handles as never);
    for (const handle of handles) checked(handle);
    return handles;
  };

  // A poll or cancel that fails names the job and carries its handle, as a wait's errors do.
  const aboutJob = async <T>(handle: JobHandle, work: (handle: JobHandle) => Promise<T>) => {
    const job = checked(handle);
    try {
      return await work(job);
    } catch (error) {
      throw attachHandle(error, job, { provider: metadata.id, name: metadata.name, redact });
    }
  };

  const api: UntypedJobApi = {
    submit: (operationId, init, requestOptions) =>
      submit(operationId, init, relayed(requestOptions)),
    cancel: (handle, requestOptions) => aboutJob(handle, (job) => cancel(job, requestOptions)),
    poll: (handle, pollOptions = {}) => {
      // One status request on the caller's request options (timeoutMs, retry, …), not a wait's.
      const { signal, ...requestOptions } = pollOptions;
      const once: JobDriver = { ...driver, poll: (job, s) => poll(job, s, requestOptions) };
      return aboutJob(handle, (job) => pollJob(once, job, relay(signal)));
    },
    wait: async (handle, waitOptions) => waitForJob(driver, checked(handle), relayed(waitOptions)),
    waitAll: async (handles, waitOptions) =>
      waitAll(driver, checkedAll(handles), relayed(waitOptions)),
    waitEach: (handles, waitOptions) => waitEach(driver, checkedAll(handles), relayed(waitOptions)),
    async run(operationId, init, runOptions = {}) {
      const { request, wait } = splitRunOptions(relayed(runOptions)!);
      // Refused before the paid submit, not by the wait after it.
      const refusal =
        wait.callback &&
        callbackRefusal(metadata, metadata.operations[operationId]?.status?.operationId);
      if (refusal) throw refusal;
      const submitted = await submit(operationId, init, request);
      return 'handles' in submitted
        ? waitAll(driver, submitted.handles, wait)
        : waitForJob(driver, submitted.handle, wait);
    },
  };
  // The provider's operation and metadata types describe what these calls return for each id.
  return { api: api as JobApi<Ops, M>, pushes };
}
