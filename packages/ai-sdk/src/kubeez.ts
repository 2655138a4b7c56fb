import type {
  ImageModelV4,
  ProviderV4,
  SpeechModelV4,
  Experimental_VideoModelV4 as VideoModelV4,
} from '@ai-sdk/provider';
import {
  createKubeezClient,
  type GenerateDialogueInput,
  type GenerateMediaInput,
  type KubeezClient,
  type KubeezClientOptions,
  type Voice,
} from '@mediagen/kubeez';
import { ratioToSend } from './aspect-ratio.js';
import { finishedJob } from './finished-job.js';
import { createImageModel } from './image-model.js';
import { urlOf } from './input-file.js';
import { ownOptions, setUpProvider } from './model-context.js';
import type { OptionsOf } from './option-types.js';
import { knownModel, noSuchModel, providerBase } from './provider-base.js';
import { type ModelSettings, runOptionsOf } from './settings.js';
import { createSpeechModel } from './speech-model.js';
import { unsupportedOptions } from './unsupported.js';
import { firstFrame, lastFrame } from './video-frames.js';
import { createVideoModel } from './video-model.js';

/**
 * Kubeez's catalog is live (`/docs/models.json`), so any `model_id` is sent; the doc names
 * `nano-banana-2` and `gpt-image-2` for images and no video model id (only the `seedance-2` family).
 */
export type KubeezImageModelId = 'nano-banana-2' | 'gpt-image-2' | (string & {});
export type KubeezVideoModelId = string & {};
/** Single-voice TTS through `POST /v1/generate/dialogue`. */
export type KubeezSpeechModelId = 'text-to-dialogue-v3';

/** `providerOptions.kubeez` of an image or video model (`model`, `prompt` come from the call). */
export type KubeezMediaOptions = OptionsOf<GenerateMediaInput, 'model' | 'prompt'>;
export type KubeezSpeechOptions = OptionsOf<GenerateDialogueInput, 'text'>;

export interface KubeezSettings extends KubeezClientOptions, ModelSettings {
  /** A client of your own; otherwise one is made from the options above. */
  client?: KubeezClient;
}

export interface KubeezProvider extends ProviderV4 {
  image(modelId: KubeezImageModelId): ImageModelV4;
  video(modelId: KubeezVideoModelId): VideoModelV4;
  speech(modelId?: KubeezSpeechModelId): SpeechModelV4;
  imageModel(modelId: KubeezImageModelId): ImageModelV4;
  videoModel(modelId: KubeezVideoModelId): VideoModelV4;
  speechModel(modelId: string): SpeechModelV4;
  /** Kubeez has no transcription model here: a `NoSuchModelError`. */
  transcriptionModel(modelId: string): never;
  readonly client: KubeezClient;
}

/** Kubeez media (images, videos) and dialogue (TTS) as AI SDK models. */
export function createKubeez(settings: KubeezSettings = {}): KubeezProvider {
  const { client, job, context } = setUpProvider('kubeez', settings, createKubeezClient);
  const upload = (signal: AbortSignal | undefined) => async (data: Uint8Array, type: string) =>
    (await client.uploadFile(data, { type, ...(signal ? { signal } : {}) })).url;
  const media = async (input: GenerateMediaInput, signal: AbortSignal | undefined) =>
    finishedJob(await client.generateMedia(input, runOptionsOf(job, signal)));

  const image = (modelId: KubeezImageModelId) =>
    createImageModel(
      context(modelId),
      async (o) => {
        const own = ownOptions<KubeezMediaOptions>(context(modelId), o.providerOptions);
        const sources = await Promise.all(
          (o.files ?? []).map((file) => urlOf(file, upload(o.abortSignal))),
        );
        const input: GenerateMediaInput = {
          model: modelId,
          ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
          ...(o.aspectRatio ? { aspect_ratio: o.aspectRatio } : {}),
          // The doc's image-to-image example sends both fields.
          ...(sources.length > 0
            ? { source_media_urls: sources, generation_type: 'image-to-image' }
            : {}),
          ...own,
        };
        return {
          warnings: unsupportedOptions(o, {
            size: 'Kubeez takes an aspect ratio and a resolution tier (1K, 2K, 4K): use aspectRatio and providerOptions.kubeez.resolution',
            seed: 'Kubeez documents no seed',
            mask: 'Kubeez documents no mask input',
          }),
          run: (signal) => media(input, signal),
        };
      },
      { supportsFileInputs: true },
    );

  const video = (modelId: KubeezVideoModelId) =>
    createVideoModel(context(modelId), async (o) => {
      const own = ownOptions<KubeezMediaOptions>(context(modelId), o.providerOptions);
      const start = firstFrame(o);
      const ratio = ratioToSend(o.aspectRatio);
      const input: GenerateMediaInput = {
        model: modelId,
        ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
        ...(o.duration !== undefined ? { duration: o.duration } : {}),
        ...(ratio ? { aspect_ratio: ratio } : {}),
        ...(o.generateAudio !== undefined ? { sound: o.generateAudio } : {}),
        ...(start ? { source_media_urls: [await urlOf(start, upload(o.abortSignal))] } : {}),
        ...own,
      };
      return {
        warnings: unsupportedOptions(
          { ...o, lastFrame: lastFrame(o), aspectRatio: ratio ? undefined : o.aspectRatio },
          {
            aspectRatio:
              "Kubeez takes one of the model's aspect_ratio_options (its catalog entry), not 'adaptive': it was not sent; set providerOptions.kubeez.aspect_ratio",
            resolution:
              'Kubeez takes a resolution tier (480p, 720p, 1080p), not a size: set providerOptions.kubeez.resolution',
            fps: 'Kubeez documents no frame rate',
            seed: 'Kubeez documents no seed',
            inputReferences:
              'Kubeez takes reference media in providerOptions.kubeez.source_media_urls',
            lastFrame: 'Kubeez documents no last frame',
          },
        ),
        run: (signal) => media(input, signal),
      };
    });

  const speech = (modelId: KubeezSpeechModelId = 'text-to-dialogue-v3') =>
    createSpeechModel(context(modelId), async (o) => {
      const own = ownOptions<KubeezSpeechOptions>(context(modelId), o.providerOptions);
      // The doc's language_code is a code such as `en`; it names no detection, so 'auto' is not sent.
      const autoLanguage = o.language === 'auto';
      // `voice` is required; the documented names are examples and the catalog's voice_allowlist decides.
      const input = {
        text: o.text,
        ...(o.voice !== undefined ? { voice: o.voice as Voice } : {}),
        ...(o.speed !== undefined ? { speed: o.speed } : {}),
        ...(o.language !== undefined && !autoLanguage ? { language_code: o.language } : {}),
        ...own,
      } as GenerateDialogueInput;
      return {
        warnings: unsupportedOptions(
          { ...o, language: autoLanguage ? o.language : undefined },
          {
            outputFormat: 'Kubeez dialogue documents no output format',
            instructions: 'Kubeez dialogue takes stability, similarity_boost and style instead',
            language:
              "Kubeez's language_code takes a language code such as en and documents no automatic detection: 'auto' was not sent, so Kubeez uses its default",
          },
        ),
        run: async (signal) =>
          finishedJob(await client.generateDialogue(input, runOptionsOf(job, signal))),
      };
    });

  const speechModel = knownModel('kubeez')(['text-to-dialogue-v3'], 'speechModel', speech);
  return {
    ...providerBase('kubeez'),
    image,
    video,
    speech: speechModel,
    imageModel: image,
    videoModel: video,
    speechModel,
    transcriptionModel: noSuchModel('kubeez', 'transcriptionModel'),
    client,
  };
}
