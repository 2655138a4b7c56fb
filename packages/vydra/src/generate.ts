import type { JobResult, RunOptions } from '@mediagen/runtime';
import {
  incompleteResult,
  type ModelCheck,
  splitRunOptions,
  withExtra,
} from '@mediagen/runtime/provider';
import { type ModelInputFor, type ModelSlug, modelRoutes } from './model-routes.js';
import type { VydraBaseClient, VydraJob, VydraModelInput } from './types.js';

export interface GenerateOptions extends RunOptions {
  /**
   * When `signal` aborts while waiting, cancel the job at Vydra (`DELETE /jobs/{jobId}`) and throw a
   * `JobCancelledError` carrying the refund. Default `true`; with `false` the wait stops with an
   * `AbortError` whose `handle` resumes it, and the job goes on (and is billed).
   */
  cancelOnAbort?: boolean;
}

/** A completed job, with its output URLs lifted out of `body.output`. */
export interface Generation extends JobResult<VydraJob> {
  videoUrl?: string;
  imageUrl?: string;
  audioUrl?: string;
}

export type Generate = <M extends ModelSlug>(
  model: M,
  input: ModelInputFor<M>,
  options?: GenerateOptions,
) => Promise<Generation>;

/**
 * `generate(model, input)`: creates a job with any catalog model and waits for it on the documented
 * schedule. Named models go to their own typed route, any other slug to `POST /models/{modelSlug}`.
 */
export interface GenerateHelpers {
  /** Generate with any model and wait for the result; see `GenerateOptions`. */
  generate: Generate;
}

/** A completed named-model job without an output URL: it was paid for, so the error keeps its handle. */
function withoutUrl(model: string, result: JobResult<VydraJob>) {
  return incompleteResult(
    result,
    `Vydra ${model} job ${result.handle.id} completed without an output URL (output.videoUrl, imageUrl or audioUrl); the finished job is on this error as body. Keep error.handle and read it again with wait(handle).`,
  );
}

export function generateHelpers(client: VydraBaseClient, checkModel?: ModelCheck): GenerateHelpers {
  const generate: Generate = async (model, input, options = {}) => {
    const { request, wait } = splitRunOptions({
      ...options,
      cancelOnAbort: options.cancelOnAbort ?? true,
    });
    const operationId = modelRoutes.get(model);
    await checkModel?.(model, operationId ?? 'generateWithModel');
    const body = withExtra<VydraModelInput>(input);
    // The body's type follows from `model` in the signature; the runtime checks it against the
    // route's schema before anything is sent.
    const { handle } = operationId
      ? await client.submit(operationId, { body } as never, request)
      : await client.submit(
          'generateWithModel',
          { params: { path: { modelSlug: model } }, body },
          request,
        );
    const result = await client.wait<VydraJob>(handle, wait);
    // A named model's route makes a video or an image; another slug's output is its own to read.
    if (operationId && result.outputs.length === 0) throw withoutUrl(model, result);
    const output = result.body.output ?? {};
    return {
      ...result,
      ...(output.videoUrl ? { videoUrl: output.videoUrl } : {}),
      ...(output.imageUrl ? { imageUrl: output.imageUrl } : {}),
      ...(output.audioUrl ? { audioUrl: output.audioUrl } : {}),
    };
  };
  return { generate };
}
