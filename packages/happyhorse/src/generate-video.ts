import type { JobResult, RunOptions } from '@mediagen/runtime';
import {
  type DocumentedFields,
  type ExtraFields,
  incompleteResult,
  type ProviderBase,
  withExtra,
} from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** The request body of `POST /api/generate`, as the spec types it. */
export type GenerateRequest = Schemas['GenerateRequest'];
/** The one model the spec allows: `happyhorse-1.0/video`. */
export type HappyHorseModel = Schemas['Model'];

/** A single-shot request: the documented fields, `model` optional (there is only one). */
export interface SingleShotInput
  extends Omit<DocumentedFields<Schemas['SingleShotRequest']>, 'model'>,
    ExtraFields {
  model?: HappyHorseModel;
}

/** A multi-shot request (`multi_shots: true`, `multi_prompt`, `sound`), `model` optional. */
export interface MultiShotInput
  extends Omit<DocumentedFields<Schemas['MultiShotRequest']>, 'model'>,
    ExtraFields {
  model?: HappyHorseModel;
}

/**
 * The input of `generateVideo`, single- or multi-shot: only documented fields, each with its
 * type; a field the spec does not name goes in `extra`.
 */
export type GenerateVideoInput = SingleShotInput | MultiShotInput;

type StatusResponse = Schemas['StatusResponse'];
/** The status body, `GET /api/status`. */
export interface HappyHorseTask extends StatusResponse {}

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

/** A `SUCCESS` task without `data.response.resultUrls[0]`: it was paid for, so the error keeps its handle. */
function withoutVideo(result: JobResult<HappyHorseTask>) {
  return incompleteResult(
    result,
    `HappyHorse task ${result.handle.id} succeeded without data.response.resultUrls[0]; the finished task is on this error as body. Keep error.handle and check it again with wait(handle), or ask HappyHorse support with the task_id.`,
  );
}

export function generateVideoHelpers(client: HappyHorseBaseClient): GenerateVideoHelpers {
  return {
    async generateVideo(input, runOptions) {
      const body = withExtra<GenerateRequest>({ model: MODEL, ...input });
      const result = await client.run('createTask', { body }, runOptions);
      const videoUrl = result.outputs[0];
      if (videoUrl === undefined) throw withoutVideo(result);
      return { ...result, videoUrl };
    },
  };
}
