import type { JobSettled, RunOptions } from '@mediagen/runtime';
import { withExtra } from '@mediagen/runtime/provider';
import type {
  BatchGenerateInput,
  Generation,
  HoracleBaseClient,
  VideoCampaignInput,
} from './types.js';

/**
 * Jobs that start several generations at once. Their generations are waited for together: each
 * round is one `GET /generations` list request (the spec's job list), not one poll per job, and jobs
 * the list does not show are polled on their own.
 */
export function batchHelpers(client: HoracleBaseClient) {
  return {
    /** Parallel variations (`POST /batch/generate`), settled like `Promise.allSettled`. */
    async batchGenerate(
      input: BatchGenerateInput,
      options?: RunOptions,
    ): Promise<JobSettled<Generation>[]> {
      return client.run('batchGenerate', { body: withExtra(input) }, options);
    },

    /** A multi-video campaign (`POST /campaigns/video`), settled like `Promise.allSettled`. */
    async createVideoCampaign(
      input: VideoCampaignInput,
      options?: RunOptions,
    ): Promise<JobSettled<Generation>[]> {
      return client.run('createVideoCampaign', { body: withExtra(input) }, options);
    },
  };
}

/** The methods `batchHelpers` puts on the client. */
export type BatchHelpers = ReturnType<typeof batchHelpers>;
