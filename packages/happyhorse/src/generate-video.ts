import type { JobResult, RunOptions } from '@mediagen/runtime';
import type { ProviderBase } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

/** The request body of `POST /api/generate`, as the spec types it. */
export type GenerateRequest = components['schemas']['GenerateRequest'];
type WithOptionalModel<T> = T extends { model: infer M } ? Omit<T, 'model'> & { model?: M } : never;

/** The request body, single- or multi-shot. `model` may be left out: there is only one. */
export type GenerateVideoInput = WithOptionalModel<GenerateRequest>;
export type HappyHorseTask = components['schemas']['StatusResponse'];

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type HappyHorseMetadata = typeof metadata;
/** The runtime client the helpers are built on. */
export type HappyHorseBaseClient = ProviderBase<paths, operations, HappyHorseMetadata>;

/** The one model the spec allows (`const` in the request schema). */
export const MODEL = metadata.operations.createTask.input.anyOf[0].properties.model.const;

export interface GeneratedVideo extends JobResult<HappyHorseTask> {
  /** `data.response.resultUrls[0]`, the doc's video URL. */
  videoUrl: string;
}

export interface GenerateVideoHelpers {
  /** Creates a task and waits for the video on the documented schedule. */
  generateVideo(input: GenerateVideoInput, runOptions?: RunOptions): Promise<GeneratedVideo>;
}

export function generateVideoHelpers(client: HappyHorseBaseClient): GenerateVideoHelpers {
  return {
    async generateVideo(input, runOptions) {
      const body = { model: MODEL, ...input } as GenerateRequest;
      const result = await client.run('createTask', { body }, runOptions);
      return { ...result, videoUrl: result.outputs[0]! };
    },
  };
}
