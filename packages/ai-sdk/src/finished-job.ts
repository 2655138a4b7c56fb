import type { JSONObject } from '@ai-sdk/provider';
import type { JobHandle, JobResult } from '@mediagen/runtime';

/** What a job's billing said, where the provider reports it. */
export interface Charge {
  creditsCharged?: number;
  usdCharged?: string;
  creditsRefunded?: number;
  /**
   * An estimate given at submit time: Killa Tamata's `billing.usdEstimated`. (Kubeez's
   * `estimated_cost_credits` is in a Veo extend's answer only, which no model here submits.)
   */
  estimated?: string | number;
}

/** A job that ended well, as every model family reads it. */
export interface FinishedJob {
  handle: JobHandle;
  outputs: string[];
  body: unknown;
  elapsedMs: number;
  charge: Charge;
}

export function finishedJob(result: JobResult<unknown>, charge: Charge = {}): FinishedJob {
  const { handle, outputs, body, elapsedMs } = result;
  return { handle, outputs, body, elapsedMs, charge };
}

/**
 * `providerMetadata.<provider>` of every result: the job's handle (plain JSON: the provider
 * client's `wait(handle)` or `poll(handle)` reads it again), its output URLs and what it cost.
 */
export function jobMetadata(job: FinishedJob): JSONObject {
  const { handle, outputs, elapsedMs, charge } = job;
  return {
    jobId: handle.id,
    handle: { ...handle, params: { ...handle.params } },
    outputs,
    elapsedMs,
    ...Object.fromEntries(Object.entries(charge).filter(([, value]) => value !== undefined)),
  };
}
