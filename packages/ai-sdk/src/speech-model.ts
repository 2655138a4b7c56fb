import type { SpeechModelV4, SpeechModelV4CallOptions } from '@ai-sdk/provider';
import { jobMetadata } from './finished-job.js';
import { type ModelContext, type PlannedJob, responseInfo } from './model-context.js';
import { runPlanned } from './run-planned.js';
import { asAiSdkCall } from './to-ai-sdk-error.js';

export type SpeechPlanner = (options: SpeechModelV4CallOptions) => Promise<PlannedJob>;

/** An AI SDK speech model over one provider operation; the audio is the job's first output. */
export function createSpeechModel(context: ModelContext, plan: SpeechPlanner): SpeechModelV4 {
  return {
    specificationVersion: 'v4',
    provider: `${context.provider}.speech`,
    modelId: context.modelId,
    doGenerate: (options) =>
      asAiSdkCall(async () => {
        const { timestamp, warnings, job, files } = await runPlanned(context, plan, options);
        const [audio] = files;
        return {
          audio: audio!.data,
          warnings,
          providerMetadata: {
            [context.provider]: { ...jobMetadata(job), mediaType: audio!.mediaType ?? null },
          },
          response: { ...responseInfo(context, timestamp), body: job.body },
        };
      }),
  };
}
