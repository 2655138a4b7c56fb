import {
  type ClientOptions,
  createProviderClient,
  type JobResult,
  type RunOptions,
} from '@mediagen/runtime';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

export type GenerateVideoInput = components['schemas']['GenerateRequest'];
export type HappyHorseTask = components['schemas']['StatusResponse'];

export interface GeneratedVideo extends JobResult<HappyHorseTask> {
  /** `data.response.resultUrls[0]`, the doc's video URL. */
  videoUrl: string;
}

/**
 * A typed HappyHorse client: every operation through openapi-fetch (`client.POST('/api/generate')`),
 * plus `generateVideo`, which creates a task and waits for the video on the documented schedule.
 */
export function createHappyHorseClient(options: ClientOptions = {}) {
  const client = createProviderClient<paths, operations, typeof metadata>(metadata, options);
  return Object.assign(client, {
    async generateVideo(
      input: GenerateVideoInput,
      runOptions?: RunOptions,
    ): Promise<GeneratedVideo> {
      const result = await client.run('createTask', { body: input }, runOptions);
      return { ...result, videoUrl: result.outputs[0]! };
    },
  });
}

export type HappyHorseClient = ReturnType<typeof createHappyHorseClient>;
export type { components, operations, paths };
export { metadata };
