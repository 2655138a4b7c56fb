import type { JobProgress, PollSchedule, WaitOptions } from '@mediagen/runtime';

/** How this package runs each job, on top of the client's own options. */
export interface JobSettings {
  /** Overrides parts of the documented poll schedule (on the mock: `mock.schedule(operationId)`). */
  schedule?: Partial<PollSchedule>;
  /** Bound on each wait; default the spec's timeout. The job goes on when the wait gives up. */
  timeoutMs?: number;
  /** Each poll's news: state, progress, elapsed time, the job's handle. */
  onProgress?: (progress: JobProgress) => void;
  /** Consecutive failed polls tolerated. Default 5. */
  maxPollFailures?: number;
  /** Bound on each submit attempt. */
  requestTimeoutMs?: number;
}

/** How finished outputs are fetched (the AI SDK wants image and audio bytes). */
export interface DownloadSettings {
  /** Cap on one output's size. Default 512 MiB. */
  maxDownloadBytes?: number;
  /** Bound on fetching one output, body included. Default 5 minutes. */
  downloadTimeoutMs?: number;
}

/** Settings every provider takes beside its client options (or its own `client`). */
export interface ModelSettings {
  job?: JobSettings;
  download?: DownloadSettings;
}

export const DEFAULT_MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 300_000;

/**
 * Job settings where the provider pushes a job's end (Horacle's webhooks): with `callback`, each
 * wait ends as soon as the push reaches this client's handler (`provider.client.pushHandler()` or
 * `createWebhookHandler`), polling only on a slow safety net meanwhile.
 */
export interface PushedJobSettings extends JobSettings {
  callback?: WaitOptions['callback'];
}

/** The client's run options for one job: the job settings, and the AI SDK call's signal. */
export function runOptionsOf<Job extends JobSettings>(
  job: Job | undefined,
  signal: AbortSignal | undefined,
): Partial<Job> & { signal?: AbortSignal } {
  return { ...job, ...(signal ? { signal } : {}) } as Partial<Job> & { signal?: AbortSignal };
}
