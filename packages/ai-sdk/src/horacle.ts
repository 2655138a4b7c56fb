import type {
  ImageModelV4,
  ProviderV4,
  SpeechModelV4,
  TranscriptionModelV4,
  Experimental_VideoModelV4 as VideoModelV4,
} from '@ai-sdk/provider';
import {
  type components,
  createHoracleClient,
  type GenerateImageInput,
  type GenerateVideoInput,
  type HoracleClient,
  type HoracleClientOptions,
  type ImageModel,
  type TextToSpeechInput,
  type TtsModel,
  type VideoModel,
} from '@mediagen/horacle';
import { ratioToSend } from './aspect-ratio.js';
import { finishedJob } from './finished-job.js';
import { createImageModel } from './image-model.js';
import { urlOf } from './input-file.js';
import { ownOptions, setUpProvider } from './model-context.js';
import type { OptionsOf } from './option-types.js';
import { parseOutput } from './parse-output.js';
import { providerBase } from './provider-base.js';
import { type ModelSettings, type PushedJobSettings, runOptionsOf } from './settings.js';
import { createSpeechModel } from './speech-model.js';
import { createTranscriptionModel } from './transcription-model.js';
import { unsupportedOptions } from './unsupported.js';
import { firstFrame, lastFrame } from './video-frames.js';
import { createVideoModel } from './video-model.js';

export type HoracleImageModelId = ImageModel;
export type HoracleVideoModelId = VideoModel;
export type HoracleSpeechModelId = TtsModel;
/** `POST /audio/stt` takes no model; this is its one id. */
export type HoracleTranscriptionModelId = 'speech-to-text' | (string & {});

/** `providerOptions.horacle` of an image model (`aspect_ratio` comes from `aspectRatio`). */
export type HoracleImageOptions = OptionsOf<GenerateImageInput, 'model' | 'prompt'>;
export type HoracleVideoOptions = OptionsOf<GenerateVideoInput, 'model' | 'prompt'>;
export type HoracleSpeechOptions = OptionsOf<TextToSpeechInput, 'model' | 'text'>;
export type HoracleTranscriptionOptions = OptionsOf<
  components['schemas']['AudioInputRequest'],
  'audio_url'
>;

export interface HoracleSettings extends HoracleClientOptions, ModelSettings {
  /** With `callback`, waits end on Horacle's webhook (see `client.createWebhookHandler`). */
  job?: PushedJobSettings;
  /** A client of your own; otherwise one is made from the options above. */
  client?: HoracleClient;
}

export interface HoracleProvider extends ProviderV4 {
  image(modelId: HoracleImageModelId): ImageModelV4;
  video(modelId: HoracleVideoModelId): VideoModelV4;
  speech(modelId: HoracleSpeechModelId): SpeechModelV4;
  transcription(modelId?: HoracleTranscriptionModelId): TranscriptionModelV4;
  imageModel(modelId: HoracleImageModelId): ImageModelV4;
  videoModel(modelId: HoracleVideoModelId): VideoModelV4;
  speechModel(modelId: HoracleSpeechModelId): SpeechModelV4;
  transcriptionModel(modelId?: HoracleTranscriptionModelId): TranscriptionModelV4;
  readonly client: HoracleClient;
}

/** Horacle's image, video, TTS and speech-to-text operations as AI SDK models. */
export function createHoracle(settings: HoracleSettings = {}): HoracleProvider {
  const { client, job, context } = setUpProvider('horacle', settings, createHoracleClient);
  const upload = (signal: AbortSignal | undefined) => async (data: Uint8Array, type: string) =>
    (await client.upload(data, { type, ...(signal ? { signal } : {}) })).url;

  const image = (modelId: HoracleImageModelId) =>
    createImageModel(
      context(modelId),
      async (o) => {
        const own = ownOptions<HoracleImageOptions>(context(modelId), o.providerOptions);
        const references = await Promise.all(
          (o.files ?? []).map((file) => urlOf(file, upload(o.abortSignal))),
        );
        const input: GenerateImageInput = {
          model: modelId,
          ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
          ...(o.aspectRatio ? { aspect_ratio: o.aspectRatio } : {}),
          ...own,
          ...(references.length > 0
            ? { reference_images: [...(own.reference_images ?? []), ...references] }
            : {}),
        } as GenerateImageInput;
        return {
          warnings: unsupportedOptions(o, {
            size: 'Horacle images take an aspect ratio, not a size: use aspectRatio',
            seed: 'Horacle documents no seed for images',
            mask: 'Horacle documents no mask (inpainting) input',
          }),
          run: async (signal) =>
            finishedJob(await client.generateImage(input, runOptionsOf(job, signal))),
        };
      },
      { supportsFileInputs: true },
    );

  const video = (modelId: HoracleVideoModelId) =>
    createVideoModel(context(modelId), async (o) => {
      const own = ownOptions<HoracleVideoOptions>(context(modelId), o.providerOptions);
      const start = firstFrame(o);
      const ratio = ratioToSend(o.aspectRatio);
      const input: GenerateVideoInput = {
        model: modelId,
        ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
        ...(o.duration !== undefined ? { duration: o.duration } : {}),
        ...(ratio ? { aspect_ratio: ratio } : {}),
        ...(start ? { image_url: await urlOf(start, upload(o.abortSignal)) } : {}),
        ...own,
      } as GenerateVideoInput;
      return {
        warnings: unsupportedOptions(
          { ...o, lastFrame: lastFrame(o), aspectRatio: ratio ? undefined : o.aspectRatio },
          {
            resolution: 'Horacle documents no resolution for videos',
            fps: 'Horacle documents no frame rate for videos',
            seed: 'Horacle documents no seed for videos',
            generateAudio: 'Horacle documents no audio switch for videos',
            inputReferences: 'Horacle videos take one start image (image_url), no references',
            lastFrame: 'Horacle videos take a start image only, not a last frame',
            aspectRatio: "Horacle takes a W:H aspect ratio; 'adaptive' was not sent",
          },
        ),
        run: async (signal) =>
          finishedJob(await client.generateVideo(input, runOptionsOf(job, signal))),
      };
    });

  const speech = (modelId: HoracleSpeechModelId) =>
    createSpeechModel(context(modelId), async (o) => {
      const own = ownOptions<HoracleSpeechOptions>(context(modelId), o.providerOptions);
      const input: TextToSpeechInput = {
        text: o.text,
        model: modelId,
        ...(o.voice !== undefined ? { voice_id: o.voice } : {}),
        ...own,
      } as TextToSpeechInput;
      return {
        warnings: unsupportedOptions(o, {
          outputFormat: 'Horacle TTS documents no output format',
          instructions: 'Horacle TTS documents no delivery instructions',
          speed: 'Horacle TTS documents no speed',
          language: 'Horacle TTS documents no language; the ElevenLabs model picks it up',
        }),
        run: async (signal) =>
          finishedJob(await client.textToSpeech(input, runOptionsOf(job, signal))),
      };
    });

  const transcription = (modelId: HoracleTranscriptionModelId = 'speech-to-text') =>
    createTranscriptionModel(context(modelId), {
      async plan(call) {
        const own = ownOptions<HoracleTranscriptionOptions>(context(modelId), call.providerOptions);
        return {
          warnings: unsupportedOptions(call, {
            timestampGranularities: 'Horacle speech to text documents no timings',
          }),
          run: async (signal) => {
            const audio_url =
              call.audio.kind === 'url'
                ? call.audio.url
                : await upload(signal)(call.audio.data, call.audio.mediaType);
            const body = { ...own, audio_url };
            return finishedJob(
              await client.run('speechToText', { body }, runOptionsOf(job, signal)),
            );
          },
        };
      },
      // The spec assumes the transcript is in a `text` field of the finished generation, or at
      // `result_url`.
      async read(job, outputs) {
        const text = (job.body as { text?: unknown }).text;
        if (typeof text === 'string') return text;
        const [output] = await outputs();
        return parseOutput(output!);
      },
    });

  return {
    ...providerBase('horacle'),
    image,
    video,
    speech,
    transcription,
    imageModel: image,
    videoModel: video,
    speechModel: speech,
    transcriptionModel: transcription,
    client,
  };
}
