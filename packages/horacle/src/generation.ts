import type { JobResult, RunOptions } from '@mediagen/runtime';
import { checkedBody, incompleteResult, type ModelCheck } from '@mediagen/runtime/provider';
import type {
  GeneratedMedia,
  GenerateImageInput,
  GenerateMusicInput,
  GenerateVideoInput,
  HoracleBaseClient,
  TextToSpeechInput,
} from './types.js';

/** The result with its one output URL, or an error saying the job ended without one. */
export function withResultUrl<Body>(result: JobResult<Body>): JobResult<Body> & { url: string } {
  const url = result.outputs[0];
  if (url === undefined) {
    throw incompleteResult(
      result,
      `Horacle job ${result.handle.id} completed without a result_url; read the body, or poll it again with wait(error.handle)`,
    );
  }
  return { ...result, url };
}

/**
 * Generate-and-wait helpers. Each submits through `client.run`, which refuses input the spec rules
 * out before anything is sent (nano-banana with more than 4 references, kling-2.6 outside 5-10 s),
 * then polls `GET /generations/{generation_id}` from the operation's own first delay (images 15 s,
 * videos 60 s, TTS 5 s) every 5-10 s.
 */
export function generationHelpers(client: HoracleBaseClient, checkModel?: ModelCheck) {
  const bodyOf = <Body>(operationId: string, input: object & { model?: unknown }) =>
    checkedBody<Body>(checkModel, operationId, input);
  return {
    /** Text-to-image, or image-to-image with `reference_images`. */
    async generateImage(input: GenerateImageInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withResultUrl(
        await client.run('generateImage', { body: await bodyOf('generateImage', input) }, options),
      );
    },

    /** Text-to-video, or image-to-video with `image_url`. */
    async generateVideo(input: GenerateVideoInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withResultUrl(
        await client.run('generateVideo', { body: await bodyOf('generateVideo', input) }, options),
      );
    },

    /** Text to speech with an ElevenLabs voice (`GET /audio/voices`). */
    async textToSpeech(input: TextToSpeechInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withResultUrl(
        await client.run('textToSpeech', { body: await bodyOf('textToSpeech', input) }, options),
      );
    },

    /** Music from a prompt (`POST /audio/music`). */
    async generateMusic(input: GenerateMusicInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withResultUrl(
        await client.run('generateMusic', { body: await bodyOf('generateMusic', input) }, options),
      );
    },
  };
}

/** The methods `generationHelpers` puts on the client. */
export type GenerationHelpers = ReturnType<typeof generationHelpers>;
