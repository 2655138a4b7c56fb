import type { JobSettled, RunOptions } from '@mediagen/runtime';
import type { components } from './generated/openapi.js';
import type { Generation, HoracleBaseClient } from './types.js';

type Schemas = components['schemas'];

/**
 * Jobs that start several generations at once. Their generations are waited for together: each
 * round is one `GET /generations` list request (the spec's job list), not one poll per job, and jobs
 * the list does not show are polled on their own.
 */
export function batchHelpers(client: HoracleBaseClient) {
  return {
    /** Parallel variations (`POST /batch/generate`), settled like `Promise.allSettled`. */
    async batchGenerate(
      input: Schemas['BatchGenerateRequest'],
      options?: RunOptions,
    ): Promise<JobSettled<Generation>[]> {
      return client.run('batchGenerate', { body: input }, options);
    },

    /** A multi-video campaign (`POST /campaigns/video`), settled like `Promise.allSettled`. */
    async createVideoCampaign(
      input: Schemas['VideoCampaignRequest'],
      options?: RunOptions,
    ): Promise<JobSettled<Generation>[]> {
      return client.run('createVideoCampaign', { body: input }, options);
    },
  };
}

/** The methods `batchHelpers` puts on the client. */
export type BatchHelpers = ReturnType<typeof batchHelpers>;
