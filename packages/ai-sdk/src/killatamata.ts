import type {
  ImageModelV4,
  ImageModelV4File,
  ProviderV4,
  SpeechModelV4,
  TranscriptionModelV4,
  Experimental_VideoModelV4 as VideoModelV4,
  Experimental_VideoModelV4File as VideoModelV4File,
} from '@ai-sdk/provider';
import {
  type CallbackTarget,
  createKillaTamataClient,
  type Generation,
  type KillaTamataClient,
  type Task,
  type TaskInput,
} from '@mediagen/killatamata';
import type { ClientOptions } from '@mediagen/runtime';
import { ratioToSend } from './aspect-ratio.js';
import { finishedJob } from './finished-job.js';
import { createImageModel } from './image-model.js';
import { base64Of, fileContent } from './input-file.js';
import { killaTamataCharge } from './killatamata-charge.js';
import { ownOptions, setUpProvider } from './model-context.js';
import type { OptionsOf } from './option-types.js';
import { parseOutput } from './parse-output.js';
import { knownModel, providerBase } from './provider-base.js';
import { type JobSettings, type ModelSettings, runOptionsOf } from './settings.js';
import { parseSize } from './size.js';
import { createSpeechModel } from './speech-model.js';
import { createTranscriptionModel } from './transcription-model.js';
import { unsupportedOptions } from './unsupported.js';
import { firstFrame, lastFrame } from './video-frames.js';
import { createVideoModel } from './video-model.js';

/** Killa Tamata's model ids are its task names. */
export type KillaTamataImageModelId = 'image.generate' | 'image.edit';
export type KillaTamataVideoModelId = 'video.generate';
export type KillaTamataSpeechModelId = 'audio.speak';
export type KillaTamataTranscriptionModelId = 'audio.annotation.reference';

/** `providerOptions.killatamata` of `image.generate` (`width`/`height` come from `size`). */
export type KillaTamataImageOptions = OptionsOf<TaskInput<'image.generate'>, 'prompt'>;
export type KillaTamataImageEditOptions = OptionsOf<TaskInput<'image.edit'>, 'prompt'>;
export type KillaTamataVideoOptions = OptionsOf<TaskInput<'video.generate'>, 'prompt'>;
export type KillaTamataSpeechOptions = OptionsOf<TaskInput<'audio.speak'>, 'text'>;
export type KillaTamataTranscriptionOptions = OptionsOf<
  TaskInput<'audio.annotation.reference'>,
  'sourceAudio' | 'sourceAudioUrl'
>;

/**
 * With `callback`, each job sets `completionCallbackUrl` (the token in its query) and its wait ends
 * as soon as the callback reaches `client.createCallbackHandler({ token })`.
 */
export interface KillaTamataJobSettings extends JobSettings {
  callback?: CallbackTarget;
}

export interface KillaTamataSettings extends ClientOptions, ModelSettings {
  job?: KillaTamataJobSettings;
  /** A client of your own; otherwise one is made from the options above. */
  client?: KillaTamataClient;
}

export interface KillaTamataProvider extends ProviderV4 {
  image(modelId: KillaTamataImageModelId): ImageModelV4;
  video(modelId?: KillaTamataVideoModelId): VideoModelV4;
  speech(modelId?: KillaTamataSpeechModelId): SpeechModelV4;
  transcription(modelId?: KillaTamataTranscriptionModelId): TranscriptionModelV4;
  /** The AI SDK's lookup by any string: a task that is not one of these is a `NoSuchModelError`. */
  imageModel(modelId: string): ImageModelV4;
  videoModel(modelId: string): VideoModelV4;
  speechModel(modelId: string): SpeechModelV4;
  transcriptionModel(modelId: string): TranscriptionModelV4;
  readonly client: KillaTamataClient;
}

/** An image as the API's `ImageRef`: its URL, or inline base64 with its media type. */
function imageRef(file: ImageModelV4File | VideoModelV4File) {
  const content = fileContent(file);
  if (content.kind === 'url') return content.url;
  return { dataBase64: base64Of(content.data), mimeType: content.mediaType } as {
    dataBase64: string;
    mimeType: 'image/png';
  };
}

function charged(generation: Generation) {
  return finishedJob(generation, killaTamataCharge(generation.billing, generation.submitBilling));
}

/**
 * Killa Tamata's `image.generate`, `image.edit`, `video.generate`, `audio.speak` and
 * `audio.annotation.reference` tasks as AI SDK models, each submitted through the client's
 * `generate` (one idempotency key per job, re-sent on every retry).
 */
export function createKillaTamata(settings: KillaTamataSettings = {}): KillaTamataProvider {
  const { client, job, context } = setUpProvider('killatamata', settings, createKillaTamataClient);
  const generate = async <T extends Task>(
    task: T,
    input: TaskInput<T>,
    signal: AbortSignal | undefined,
  ) => charged(await client.generate(task, input, runOptionsOf(job, signal)));

  const image = (modelId: KillaTamataImageModelId) =>
    createImageModel(
      context(modelId),
      async (o) => {
        const own = ownOptions<KillaTamataImageEditOptions>(context(modelId), o.providerOptions);
        const files = (o.files ?? []).map(imageRef);
        const edit = modelId === 'image.edit';
        const source = edit ? files[0] : undefined;
        const references = edit ? files.slice(1) : files;
        const input = {
          ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
          ...(o.size ? parseSize(o.size) : {}),
          ...(source !== undefined ? { sourceImage: source } : {}),
          ...(references.length > 0 ? { referenceImages: references } : {}),
          ...own,
        };
        return {
          warnings: unsupportedOptions(o, {
            aspectRatio: `Killa Tamata ${modelId} takes a size (width and height, multiples of 32): use size`,
            seed: `Killa Tamata ${modelId} documents no seed`,
            mask: `Killa Tamata ${modelId} documents no mask input`,
          }),
          run: (signal) => generate(modelId, input, signal),
        };
      },
      { supportsFileInputs: true },
    );

  const video = (modelId: KillaTamataVideoModelId = 'video.generate') =>
    createVideoModel(context(modelId), async (o) => {
      const own = ownOptions<KillaTamataVideoOptions>(context(modelId), o.providerOptions);
      const start = firstFrame(o);
      const end = lastFrame(o);
      const ratio = ratioToSend(o.aspectRatio);
      const input: TaskInput<'video.generate'> = {
        ...(o.prompt !== undefined ? { prompt: o.prompt } : {}),
        ...(start ? { startFrameImage: imageRef(start) } : {}),
        ...(end ? { finalFrameImage: imageRef(end) } : {}),
        ...(o.resolution ? parseSize(o.resolution) : {}),
        ...(ratio ? { aspectRatio: ratio } : {}),
        ...(o.duration !== undefined ? { durationSeconds: o.duration } : {}),
        ...(o.seed !== undefined ? { seed: o.seed } : {}),
        ...own,
      };
      return {
        warnings: unsupportedOptions(
          { ...o, aspectRatio: ratio ? undefined : o.aspectRatio },
          {
            aspectRatio:
              "Killa Tamata video.generate takes a W:H aspectRatio (or width and height), not 'adaptive': it was not sent",
            fps: 'Killa Tamata samples at sampledFps and interpolates to interpolationFps: set those in providerOptions.killatamata',
            generateAudio: 'Killa Tamata video.generate documents no audio switch',
            inputReferences:
              'Killa Tamata video.generate takes start, final and overlap frames, no references',
          },
        ),
        run: (signal) => generate(modelId, input, signal),
      };
    });

  const speech = (modelId: KillaTamataSpeechModelId = 'audio.speak') =>
    createSpeechModel(context(modelId), async (o) => {
      const own = ownOptions<KillaTamataSpeechOptions>(context(modelId), o.providerOptions);
      const gemini = own.provider === 'gemini';
      const voice = gemini ? { voiceName: o.voice } : { voiceDescription: o.voice };
      const input: TaskInput<'audio.speak'> = {
        text: o.text,
        ...(o.voice !== undefined ? voice : {}),
        ...(gemini && o.instructions !== undefined ? { instructions: o.instructions } : {}),
        ...own,
      };
      return {
        warnings: unsupportedOptions(
          { ...o, instructions: gemini ? undefined : o.instructions },
          {
            instructions: "Killa Tamata takes instructions only with provider: 'gemini'",
            outputFormat:
              'Killa Tamata audio.speak documents no output format (Gemini answers WAV)',
            speed: 'Killa Tamata audio.speak documents no speed',
            language:
              'Killa Tamata audio.speak is English-only and its language field takes names such as English: set providerOptions.killatamata.language',
          },
        ),
        run: (signal) => generate(modelId, input, signal),
      };
    });

  const transcription = (modelId: KillaTamataTranscriptionModelId = 'audio.annotation.reference') =>
    createTranscriptionModel(context(modelId), {
      async plan(call) {
        const own = ownOptions<KillaTamataTranscriptionOptions>(
          context(modelId),
          call.providerOptions,
        );
        const source =
          call.audio.kind === 'url'
            ? { sourceAudioUrl: call.audio.url }
            : {
                sourceAudio: {
                  dataBase64: base64Of(call.audio.data),
                  mimeType: call.audio.mediaType as 'audio/mpeg',
                },
              };
        const segments = call.timestampGranularities?.includes('segment');
        return {
          warnings: unsupportedOptions(
            { timestampGranularities: segments ? call.timestampGranularities : undefined },
            {
              timestampGranularities:
                "Killa Tamata's annotation documents word timings, sections and beats, no segments: segments come back only where the annotation has them; ask for 'word'",
            },
          ),
          run: (signal) => generate(modelId, { ...source, ...own }, signal),
        };
      },
      // The task answers with a downloadable JSON annotation (lyrics, word timings, sections);
      // its fields are undocumented, so `readTranscript` takes the usual Whisper names.
      async read(_job, outputs) {
        const [output] = await outputs();
        return parseOutput(output!);
      },
    });

  const known = knownModel('killatamata');
  const imageModel = known(['image.generate', 'image.edit'], 'imageModel', image);
  const videoModel = known(['video.generate'], 'videoModel', video);
  const speechModel = known(['audio.speak'], 'speechModel', speech);
  const transcriptionModel = known(
    ['audio.annotation.reference'],
    'transcriptionModel',
    transcription,
  );
  return {
    ...providerBase('killatamata'),
    image: imageModel,
    video: videoModel,
    speech: speechModel,
    transcription: transcriptionModel,
    imageModel,
    videoModel,
    speechModel,
    transcriptionModel,
    client,
  };
}
