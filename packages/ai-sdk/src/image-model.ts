import type { ImageModelV4, ImageModelV4CallOptions } from '@ai-sdk/provider';
import { jobMetadata } from './finished-job.js';
import { type ModelContext, type PlannedJob, responseInfo } from './model-context.js';
import { runPlanned } from './run-planned.js';
import { asAiSdkCall } from './to-ai-sdk-error.js';
import { oneOutputPerJob } from './unsupported.js';

export type ImagePlanner = (options: ImageModelV4CallOptions) => Promise<PlannedJob>;

/**
 * An AI SDK image model over one provider operation. One job per call (`maxImagesPerCall: 1`), so
 * `n: 4` is four jobs, each charged once; the images are the job's outputs, fetched as bytes.
 */
export function createImageModel(
  context: ModelContext,
  plan: ImagePlanner,
  capabilities: { supportsFileInputs: boolean },
): ImageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: `${context.provider}.image`,
    modelId: context.modelId,
    maxImagesPerCall: 1,
    supportsFileInputs: capabilities.supportsFileInputs,
    supportsMaskInputs: false,
    doGenerate: (options) =>
      asAiSdkCall(async () => {
        const { timestamp, warnings, job, files } = await runPlanned(context, plan, options);
        const metadata = jobMetadata(job);
        // `ai` keeps each image's entry on the image itself (and only `images` at the top level).
        const images = files.map((file, i) => ({
          ...metadata,
          url: job.outputs[i] ?? null,
          mediaType: file.mediaType ?? null,
        }));
        return {
          images: files.map((file) => file.data),
          warnings: [...oneOutputPerJob(options.n, 'maxImagesPerCall'), ...warnings],
          providerMetadata: { [context.provider]: { images, ...metadata } },
          response: responseInfo(context, timestamp),
        };
      }),
  };
}
