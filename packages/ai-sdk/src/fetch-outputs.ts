import { AbortError, InvalidResponseError } from '@mediagen/runtime';
import { type DownloadedOutput, downloadOutput, type RequestFetch } from './download-output.js';
import type { FinishedJob } from './finished-job.js';
import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  type DownloadSettings,
} from './settings.js';

/** Named as `ModelContext` names them, so a model passes its context as it is. */
export interface FetchOutputsOptions {
  fetch?: RequestFetch;
  signal?: AbortSignal;
  download?: DownloadSettings;
}

/** Where an error after a finished, paid job leaves it: with the job's handle and its URLs. */
function paidJobError(job: FinishedJob, error: unknown, signal: AbortSignal | undefined) {
  const { handle } = job;
  const context = { provider: handle.provider, operationId: handle.statusOperationId, handle };
  const where = `Its output URLs are in error.handle's job (${job.outputs.join(', ')}); fetch them again rather than generating again.`;
  if (signal?.aborted) {
    return new AbortError(
      `Stopped by your signal while fetching the output of ${handle.provider} job ${handle.id}, which finished and was paid. ${where}`,
      context,
      { cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  const { handle: _, ...errorContext } = context;
  return Object.assign(
    new InvalidResponseError(
      `${handle.provider} job ${handle.id} finished and was paid, but its output could not be fetched: ${reason}. ${where}`,
      { ...errorContext, jobMayExist: true },
      { cause: error },
    ),
    { handle },
  );
}

/**
 * Every output of a finished job as bytes, in order; at least one, or an error with the handle.
 * The downloads share one abort: the first to fail stops the others, which the caller's signal
 * stops too, so no download outlives the call.
 */
export async function fetchOutputs(
  job: FinishedJob,
  { fetch, signal, download = {} }: FetchOutputsOptions,
): Promise<DownloadedOutput[]> {
  const siblings = new AbortController();
  const shared = signal ? AbortSignal.any([signal, siblings.signal]) : siblings.signal;
  try {
    if (job.outputs.length === 0) throw new Error('the finished job lists no output URL');
    return await Promise.all(
      job.outputs.map((url) =>
        downloadOutput(url, {
          ...(fetch ? { fetch } : {}),
          signal: shared,
          timeoutMs: download.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
          maxBytes: download.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES,
        }).catch((error: unknown) => {
          siblings.abort(error);
          throw error;
        }),
      ),
    );
  } catch (error) {
    throw paidJobError(job, error, signal);
  }
}
