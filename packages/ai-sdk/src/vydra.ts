import type {
  ImageModelV4,
  ProviderV4,
  SpeechModelV4,
  Experimental_VideoModelV4 as VideoModelV4,
} from '@ai-sdk/provider';
import {
  createVydraClient,
  type Generation,
  type ModelInputFor,
  type ModelSlug,
  type VydraClient,
  type VydraClientOptions,
} from '@mediagen/vydra';
import { ratioToSend } from './aspect-ratio.js';
import { finishedJob } from './finished-job.js';
import { createImageModel } from './image-model.js';
import { urlOnly } from './input-file.js';
import { ownOptions, setUpProvider } from './model-context.js';
import type { OptionsOf } from './option-types.js';
import { noSuchModel, providerBase } from './provider-base.js';
import { type ModelSettings, runOptionsOf } from './settings.js';
import { createSpeechModel } from './speech-model.js';
import { unsupportedOptions } from './unsupported.js';
import { firstFrame, lastFrame } from './video-frames.js';
import { createVideoModel } from './video-model.js';

/** Grok Imagine's text-to-image; any other catalog slug is sent to `POST /models/{slug}`. */
export type VydraImageModelId = 'grok-imagine' | (string & {});
export type VydraVideoModelId = 'veo3' | 'grok-imagine' | (string & {});
/**
 * The doc prices "ElevenLabs TTS" but names neither its slug nor its body: pick the slug from
 * `models()`; the call sends `{ text }` plus `providerOptions.vydra`.
 */
export type VydraSpeechModelId = string & {};

export type VydraGrokImagineOptions = OptionsOf<ModelInputFor<'grok-imagine'>, 'prompt'>;
export type VydraVeo3Options = OptionsOf<ModelInputFor<'veo3'>, 'prompt'>;
/** Any other slug's body is free-form in the spec (its `inputSchema` is in the live catalog). */
export type VydraModelOptions = Record<string, string | number | boolean | null>;

export interface VydraSettings extends VydraClientOptions, ModelSettings {
  /** A client of your own; otherwise one is made from the options above. */
  client?: VydraClient;
}

export interface VydraProvider extends ProviderV4 {
  image(modelId: VydraImageModelId): ImageModelV4;
  video(modelId: VydraVideoModelId): VideoModelV4;
  speech(modelId: VydraSpeechModelId): SpeechModelV4;
  imageModel(modelId: VydraImageModelId): ImageModelV4;
  videoModel(modelId: VydraVideoModelId): VideoModelV4;
  speechModel(modelId: VydraSpeechModelId): SpeechModelV4;
  /** Vydra has no transcription model here: a `NoSuchModelError`. */
  transcriptionModel(modelId: string): never;
  readonly client: VydraClient;
}

function charged(generation: Generation) {
  const { creditsCharged, creditsRefunded } = generation.body;
  return finishedJob(generation, {
    ...(creditsCharged !== undefined ? { creditsCharged } : {}),
    ...(creditsRefunded !== undefined ? { creditsRefunded } : {}),
  });
}

/**
 * Vydra's Grok Imagine image, Veo 3 and Grok Imagine video, and catalog TTS as AI SDK models. An
 * abort cancels the job at Vydra (`DELETE /jobs/{id}`) and reports the refund, as `generate` does.
 */
export function createVydra(settings: VydraSettings = {}): VydraProvider {
  const { client, job, context } = setUpProvider('vydra', settings, createVydraClient);
  const generate = async <M extends ModelSlug>(
    model: M,
    input: ModelInputFor<M>,
    signal: AbortSignal | undefined,
  ) => charged(await client.generate(model, input, runOptionsOf(job, signal)));

  const image = (modelId: VydraImageModelId) =>
    createImageModel(
      context(modelId),
      async (o) => {
        const own = ownOptions<VydraGrokImagineOptions>(context(modelId), o.providerOptions);
        const input = {
          ...(modelId === 'grok-imagine' ? { model: 'text-to-image' as const } : {}),
          ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
          ...(o.aspectRatio ? { aspect_ratio: o.aspectRatio } : {}),
          ...own,
        } as ModelInputFor<typeof modelId>;
        return {
          warnings: unsupportedOptions(o, {
            size: 'Vydra takes an aspect ratio, not a size: use aspectRatio',
            seed: 'Vydra documents no seed',
            files: 'Vydra Grok Imagine text-to-image takes no input image',
            mask: 'Vydra documents no mask input',
          }),
          run: (signal) => generate(modelId, input, signal),
        };
      },
      { supportsFileInputs: false },
    );

  const video = (modelId: VydraVideoModelId) =>
    createVideoModel(context(modelId), async (o) => {
      const own = ownOptions<VydraGrokImagineOptions>(context(modelId), o.providerOptions);
      const start = firstFrame(o);
      const grok = modelId === 'grok-imagine';
      const ratio = ratioToSend(o.aspectRatio);
      const imageUrl =
        grok && start ? urlOnly(start, 'Vydra Grok Imagine', 'image_url') : undefined;
      const input = {
        ...(grok ? { model: imageUrl ? 'image-to-video' : 'text-to-video' } : {}),
        ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
        ...(ratio ? { aspect_ratio: ratio } : {}),
        ...(grok && o.duration !== undefined ? { duration: o.duration } : {}),
        ...(imageUrl ? { image_url: imageUrl } : {}),
        ...own,
      } as ModelInputFor<typeof modelId>;
      return {
        warnings: unsupportedOptions(
          {
            ...o,
            duration: grok ? undefined : o.duration,
            image: grok ? undefined : start,
            lastFrame: lastFrame(o),
            aspectRatio: ratio ? undefined : o.aspectRatio,
          },
          {
            aspectRatio: `Vydra ${modelId} takes a W:H aspect_ratio, not 'adaptive': it was not sent`,
            duration: `Vydra ${modelId} documents no duration`,
            image: `Vydra ${modelId} documents no input image`,
            lastFrame: 'Vydra documents no last frame',
            resolution: 'Vydra documents no resolution',
            fps: 'Vydra documents no frame rate',
            seed: 'Vydra documents no seed',
            generateAudio: 'Vydra documents no audio switch',
            inputReferences: 'Vydra documents no reference inputs',
          },
        ),
        run: (signal) => generate(modelId, input, signal),
      };
    });

  const speech = (modelId: VydraSpeechModelId) =>
    createSpeechModel(context(modelId), async (o) => {
      const own = ownOptions<VydraModelOptions>(context(modelId), o.providerOptions);
      return {
        warnings: unsupportedOptions(o, {
          voice: 'The Vydra doc names no voice field: set it in providerOptions.vydra',
          outputFormat: 'The Vydra doc names no output format field',
          instructions: 'The Vydra doc names no instructions field',
          speed: 'The Vydra doc names no speed field',
          language: 'The Vydra doc names no language field',
        }),
        run: (signal) => generate(modelId, { text: o.text, ...own }, signal),
      };
    });

  return {
    ...providerBase('vydra'),
    image,
    video,
    speech,
    imageModel: image,
    videoModel: video,
    speechModel: speech,
    transcriptionModel: noSuchModel('vydra', 'transcriptionModel'),
    client,
  };
}
