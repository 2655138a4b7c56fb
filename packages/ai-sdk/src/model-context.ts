import type { SharedV4Warning } from '@ai-sdk/provider';
import type { RequestFetch } from './download-output.js';
import type { FinishedJob } from './finished-job.js';
import type { ModelSettings } from './settings.js';

/** The five providers, as they key `providerOptions` and `providerMetadata`. */
export type ProviderName = 'happyhorse' | 'horacle' | 'killatamata' | 'kubeez' | 'vydra';

/** What every model of one provider shares. */
export interface ModelContext {
  provider: ProviderName;
  modelId: string;
  /** The client's fetch, reused for outputs (without the key). */
  fetch?: RequestFetch;
  download?: ModelSettings['download'];
}

/** A job ready to submit: the warnings its mapping raised, and how to run it. */
export interface PlannedJob {
  warnings: SharedV4Warning[];
  run(signal: AbortSignal | undefined): Promise<FinishedJob>;
}

/** The response information every AI SDK result carries. */
export function responseInfo(context: ModelContext, timestamp: Date) {
  return { timestamp, modelId: context.modelId, headers: undefined };
}

/** The options of this provider in `providerOptions`, typed by the caller (checked by the client). */
export function ownOptions<T>(
  context: ModelContext,
  providerOptions: Record<string, unknown> | undefined,
): Partial<T> {
  return (providerOptions?.[context.provider] ?? {}) as Partial<T>;
}

/**
 * What every provider factory starts with: its client (yours, or one made from the client
 * options), the job settings, and the context each of its models shares.
 */
export function setUpProvider<Client, Options extends { fetch?: RequestFetch }>(
  provider: ProviderName,
  settings: Options & ModelSettings & { client?: Client },
  create: (options: Options) => Client,
) {
  const { client: own, job, download, ...clientOptions } = settings;
  const client = own ?? create(clientOptions as unknown as Options);
  const context = (modelId: string): ModelContext => ({
    provider,
    modelId,
    ...(clientOptions.fetch ? { fetch: clientOptions.fetch } : {}),
    ...(download ? { download } : {}),
  });
  return { client, job, context };
}
