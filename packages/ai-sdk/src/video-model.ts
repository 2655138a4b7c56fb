import type {
  Experimental_VideoModelV4 as VideoModelV4,
  Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
} from '@ai-sdk/provider';
import { jobMetadata } from './finished-job.js';
import { type ModelContext, type PlannedJob, responseInfo } from './model-context.js';
import { runPlanned } from './run-planned.js';
import { asAiSdkCall } from './to-ai-sdk-error.js';
import { oneOutputPerJob } from './unsupported.js';

export type VideoPlanner = (options: VideoModelV4CallOptions) => Promise<PlannedJob>;

/**
 * An AI SDK video model over one provider operation: `doGenerate` submits once and waits on the
 * provider's documented schedule (our client's, not the AI SDK's fixed 5 s poll). The video is
 * fetched here, bounded, as bytes: the AI SDK's own download refuses loopback hosts such as the mock.
 */
export function createVideoModel(context: ModelContext, plan: VideoPlanner): VideoModelV4 {
  return {
    specificationVersion: 'v4',
    provider: `${context.provider}.video`,
    modelId: context.modelId,
    maxVideosPerCall: 1,
    doGenerate: (options) =>
      asAiSdkCall(async () => {
        const { timestamp, warnings, job, files } = await runPlanned(context, plan, options);
        return {
          videos: files.map((file) => ({
            type: 'binary' as const,
            data: file.data,
            mediaType: file.mediaType ?? 'video/mp4',
          })),
          warnings: [...oneOutputPerJob(options.n, 'maxVideosPerCall'), ...warnings],
          providerMetadata: { [context.provider]: jobMetadata(job) },
          response: responseInfo(context, timestamp),
        };
      }),
  };
}
