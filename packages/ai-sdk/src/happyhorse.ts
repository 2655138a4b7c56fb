import type { ProviderV4, Experimental_VideoModelV4 as VideoModelV4 } from '@ai-sdk/provider';
import {
  type components,
  createHappyHorseClient,
  type GenerateVideoInput,
  type HappyHorseClient,
  MODEL,
} from '@mediagen/happyhorse';
import type { ClientOptions } from '@mediagen/runtime';
import { ratioToSend } from './aspect-ratio.js';
import { finishedJob } from './finished-job.js';
import { urlOnly } from './input-file.js';
import { ownOptions, setUpProvider } from './model-context.js';
import type { OptionsOf } from './option-types.js';
import { knownModel, noSuchModel, providerBase } from './provider-base.js';
import { type ModelSettings, runOptionsOf } from './settings.js';
import { unsupportedOptions } from './unsupported.js';
import { firstFrame, lastFrame } from './video-frames.js';
import { createVideoModel } from './video-model.js';

/** The one model the spec allows. */
export type HappyHorseVideoModelId = typeof MODEL;

/**
 * `providerOptions.happyhorse`: a single-shot request's fields (`prompt`, `duration`,
 * `aspect_ratio`, `sound`, `image_urls` come from the call's own options).
 */
export type HappyHorseVideoOptions = OptionsOf<
  components['schemas']['SingleShotRequest'],
  'model' | 'prompt'
>;

export interface HappyHorseSettings extends ClientOptions, ModelSettings {
  /** A client of your own; otherwise one is made from the options above. */
  client?: HappyHorseClient;
}

export interface HappyHorseProvider extends ProviderV4 {
  video(modelId?: HappyHorseVideoModelId): VideoModelV4;
  videoModel(modelId: string): VideoModelV4;
  readonly client: HappyHorseClient;
}

/** HappyHorse 1.0 video as an AI SDK video model, submitted through `generateVideo`. */
export function createHappyHorse(settings: HappyHorseSettings = {}): HappyHorseProvider {
  const { client, job, context } = setUpProvider('happyhorse', settings, createHappyHorseClient);

  const video = (modelId: HappyHorseVideoModelId = MODEL) =>
    createVideoModel(context(modelId), async (o) => {
      const own = ownOptions<HappyHorseVideoOptions>(context(modelId), o.providerOptions);
      // `image_urls` is positional (first frame, then last frame): a last frame needs a first.
      const first = firstFrame(o);
      const last = lastFrame(o);
      const frames = first ? [first, ...(last ? [last] : [])] : [];
      const ratio = ratioToSend(o.aspectRatio);
      const input = {
        model: modelId,
        ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
        ...(o.duration !== undefined ? { duration: o.duration } : {}),
        ...(ratio ? { aspect_ratio: ratio } : {}),
        ...(o.generateAudio !== undefined ? { sound: o.generateAudio } : {}),
        ...(frames.length > 0
          ? { image_urls: frames.map((f) => urlOnly(f, 'HappyHorse', 'image_urls')) }
          : {}),
        ...own,
      } as GenerateVideoInput;
      return {
        warnings: unsupportedOptions(
          {
            ...o,
            lastFrame: first ? undefined : last,
            // With image_urls, HappyHorse adapts the ratio to the image: 'adaptive' is honoured.
            aspectRatio: ratio || first ? undefined : o.aspectRatio,
          },
          {
            aspectRatio:
              "HappyHorse adapts the aspect ratio only to an input image; without one it takes 16:9, 9:16 or 1:1, so 'adaptive' was not sent (its default is 16:9)",
            lastFrame:
              'HappyHorse takes a last frame only after a first frame (image_urls is first, then last); it was not sent',
            resolution: 'HappyHorse documents no resolution; mode (std, pro) sets the quality',
            fps: 'HappyHorse documents no frame rate',
            seed: 'HappyHorse documents no seed',
            inputReferences: 'HappyHorse takes references as providerOptions.happyhorse.elements',
          },
        ),
        run: async (signal) => {
          const result = await client.generateVideo(input, runOptionsOf(job, signal));
          const credits = result.body.data.consumed_credits;
          return finishedJob(result, credits !== undefined ? { creditsCharged: credits } : {});
        },
      };
    });

  const videoModel = knownModel('happyhorse')([MODEL], 'videoModel', video);
  const none = (modelType: Parameters<typeof noSuchModel>[1]) =>
    noSuchModel('happyhorse', modelType);
  return {
    ...providerBase('happyhorse'),
    video: videoModel,
    videoModel,
    imageModel: none('imageModel'),
    speechModel: none('speechModel'),
    transcriptionModel: none('transcriptionModel'),
    client,
  };
}
