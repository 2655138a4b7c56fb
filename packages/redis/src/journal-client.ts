import {
  ConfigurationError,
  type JobHandle,
  type JobResult,
  type JobStore,
  type ProviderMetadata,
  type RequestOptions,
  type WaitOptions,
} from '@mediagen/runtime';

/**
 * What the journal needs of a mediagen client: any provider's client fits (`createKillaTamataClient()`
 * and the others). A submit is named by operation id with its openapi-fetch `init`, as plain JSON,
 * so it can be kept in the journal and sent again.
 */
export interface JournalClient {
  readonly metadata: ProviderMetadata;
  /** The client's journal (its `{ store }` option). */
  readonly store?: JobStore;
  submit(
    operationId: never,
    init: never,
    options?: RequestOptions,
  ): Promise<{ handle: JobHandle } | { handles: JobHandle[] }>;
  wait(handle: JobHandle, options?: never): Promise<JobResult<unknown>>;
}

/** The same client, called with the journal's untyped requests (checked by the client at run time). */
export interface LooseJournalClient {
  readonly metadata: ProviderMetadata;
  readonly store?: JobStore;
  submit(
    operationId: string,
    init: object,
    options?: RequestOptions,
  ): Promise<{ handle: JobHandle } | { handles: JobHandle[] }>;
  wait(handle: JobHandle, options?: WaitOptions): Promise<JobResult<unknown>>;
}

export const loosen = (client: JournalClient) => client as unknown as LooseJournalClient;

/** The journal to use: the call's own, else the client's; a journal is what makes a resume safe. */
export function journalOf(client: LooseJournalClient, store: JobStore | undefined): JobStore {
  const found = store ?? client.store;
  if (found) return found;
  throw new ConfigurationError(
    `No journal for ${client.metadata.name} jobs: create the client with { store } (createRedisState().store), or pass { store } here.`,
    { provider: client.metadata.id },
  );
}
