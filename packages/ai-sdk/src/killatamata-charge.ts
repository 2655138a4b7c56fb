import type { Billing } from '@mediagen/killatamata';
import type { Charge } from './finished-job.js';

/**
 * What a Killa Tamata job cost, from the completion-time billing (the status answer's) and the
 * submit-time one (the submit answer's hold and estimate). Most tasks are billed at submit only
 * (the doc: Gemini TTS is the one audio flow that re-settles at completion), so the submit's
 * `usdCharged` stands where completion reports none; `usdEstimated` is the submit's estimate.
 */
export function killaTamataCharge(completion?: Billing, submit?: Billing): Charge {
  const usdCharged = completion?.usdCharged || submit?.usdCharged;
  const estimated = submit?.usdEstimated;
  return {
    ...(usdCharged ? { usdCharged } : {}),
    ...(estimated ? { estimated } : {}),
  };
}
