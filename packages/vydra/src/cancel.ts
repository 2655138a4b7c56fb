import type { JobHandle, RequestOptions } from '@mediagen/runtime';
import type { VydraBaseClient, VydraCancelResult } from './types.js';

/** What `DELETE /jobs/{jobId}` reported. */
export interface CancelReport {
  /** The API's `success`. */
  cancelled: boolean;
  message?: string;
  /** Credits given back by this cancellation (or before it, when `alreadyRefunded`). */
  creditsRefunded?: number;
  /** True when the job's credits had already been refunded, for example because it had failed. */
  alreadyRefunded?: boolean;
  /** The full response. */
  response: VydraCancelResult;
}

export type CancelJob = (
  job: string | JobHandle,
  options?: RequestOptions,
) => Promise<CancelReport>;

export interface CancelHelpers {
  /**
   * Cancels a job by id or handle and reports the refund. It widens the runtime's
   * `cancel(handle)`, which it calls for a handle: a job id is accepted too, and the answer is read.
   */
  cancel: CancelJob;
}

/** `cancel(jobId | handle)`: cancels a job at Vydra and reports the refund. */
export function cancelHelpers(client: VydraBaseClient): CancelHelpers {
  const cancel: CancelJob = async (job, options) => {
    const response =
      typeof job === 'string'
        ? await client.call('cancelJob', { params: { path: { jobId: job } } }, options)
        : ((await client.cancel(job, options)) as VydraCancelResult);
    const { refund } = response;
    return {
      cancelled: response.success,
      ...(response.message !== undefined ? { message: response.message } : {}),
      ...(refund?.creditsRefunded !== undefined ? { creditsRefunded: refund.creditsRefunded } : {}),
      ...(refund?.alreadyRefunded !== undefined ? { alreadyRefunded: refund.alreadyRefunded } : {}),
      response,
    };
  };
  return { cancel };
}
