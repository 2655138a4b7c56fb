import type { ClientOptions, JobResult, RunOptions } from '@mediagen/runtime';
import { createProviderClient, type ProviderClient } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

/** The request body of `POST /api/generate`, as the spec types it. */
export type GenerateRequest = components['schemas']['GenerateRequest'];
type WithOptionalModel<T> = T extends { model: infer M } ? Omit<T, 'model'> & { model?: M } : never;

/** The request body, single- or multi-shot. `model` may be left out: there is only one. */
export type GenerateVideoInput = WithOptionalModel<GenerateRequest>;
export type HappyHorseTask = components['schemas']['StatusResponse'];

/** The one model the spec allows (`const` in the request schema). */
export const MODEL = metadata.operations.createTask.input.anyOf[0].properties.model.const;

export interface GeneratedVideo extends JobResult<HappyHorseTask> {
  /** `data.response.resultUrls[0]`, the doc's video URL. */
  videoUrl: string;
}

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type HappyHorseMetadata = typeof metadata;

/**
 * A typed HappyHorse client: every operation through openapi-fetch (`client.POST('/api/generate')`),
 * plus `generateVideo`, which creates a task and waits for the video on the documented schedule.
 */
export interface HappyHorseClient extends ProviderClient<paths, operations, HappyHorseMetadata> {
  /** Creates a task and waits for the video on the documented schedule. */
  generateVideo(input: GenerateVideoInput, runOptions?: RunOptions): Promise<GeneratedVideo>;
}

export function createHappyHorseClient(options: ClientOptions = {}): HappyHorseClient {
  const client = createProviderClient<paths, operations, HappyHorseMetadata>(metadata, options);
  return Object.assign(client, {
    async generateVideo(
      input: GenerateVideoInput,
      runOptions?: RunOptions,
    ): Promise<GeneratedVideo> {
      const body = { model: MODEL, ...input } as GenerateRequest;
      const result = await client.run('createTask', { body }, runOptions);
      return { ...result, videoUrl: result.outputs[0]! };
    },
  });
}

export type { components, operations, paths };
export { metadata };
