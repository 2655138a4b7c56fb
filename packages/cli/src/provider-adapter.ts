/**
 * What the CLI needs from a provider package, built on its public API only: the client factory,
 * the generated metadata, the jobs it can start, and the cost, catalog and balance helpers where
 * the package has them. Operation names come from the command line, so the client is seen through
 * `JobClient`, the runtime's client methods with string operation ids.
 */
import type {
  ClientOptions,
  InputSchema,
  JobHandle,
  JobResult,
  JobSettled,
  PolledJob,
  ProviderMetadata,
  RequestOptions,
  SubmittedJob,
  SubmittedJobs,
  WaitAllOptions,
  WaitOptions,
} from '@mediagen/runtime';

export interface JobClient {
  submit(
    operationId: string,
    init: object,
    options?: RequestOptions,
  ): Promise<SubmittedJob | SubmittedJobs>;
  wait(handle: JobHandle, options?: WaitOptions): Promise<JobResult>;
  waitEach(handles: readonly JobHandle[], options?: WaitAllOptions): AsyncIterable<JobSettled>;
  poll(handle: JobHandle, options?: RequestOptions): Promise<PolledJob>;
  /** Absent, or refusing, where the spec declares no cancel operation. */
  cancel?(handle: JobHandle, options?: RequestOptions): Promise<unknown>;
  call(operationId: string, init: object, options?: RequestOptions): Promise<unknown>;
}

/** The request of one job: what `submit` is called with. */
export interface JobRequest {
  operationId: string;
  init: {
    body?: unknown;
    params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  };
  /** Where the spec declares an idempotency header: the key, re-sent on a resumed submit. */
  idempotencyKey?: string;
}

/** A job `mediagen generate <provider> <name>` can start. */
export interface JobTarget {
  /** The operation id, or Killa Tamata's task (`image.generate`). */
  name: string;
  operationId: string;
  /** The schema the flags are read from. */
  schema: InputSchema | undefined;
  /** Builds the request from the merged input (flags over `--input`). */
  request(input: Record<string, unknown>, idempotencyKey?: string): JobRequest;
}

/** A cost figure: `amount` (or a `min`–`max` range), in the provider's unit, or only a note why not. */
export interface Estimate {
  unit: 'credits' | 'USD';
  amount?: number;
  min?: number;
  max?: number;
  note: string;
}

export interface ProviderAdapter {
  id: string;
  name: string;
  metadata: ProviderMetadata;
  createClient(options: ClientOptions): JobClient;
  targets(): JobTarget[];
  /** An estimate for one job, where the provider documents prices. */
  estimate?(client: JobClient, target: JobTarget, request: JobRequest): Promise<Estimate>;
  /** The documented model catalog (or list of tasks). */
  models?(client: JobClient): Promise<unknown>;
  /** The documented balance: the figure and its unit, and the raw answer. */
  balance?(client: JobClient): Promise<{ amount?: number; unit: string; body: unknown }>;
}

/** The highest figure an estimate allows: its amount, or the top of its range. */
export function worstCase(estimate: Estimate | undefined): number | undefined {
  return estimate?.amount ?? estimate?.max;
}
