import { InvalidResponseError, type JobHandle } from '@mediagen/runtime';
import {
  createJobHandles,
  type ExtraFields,
  readJob,
  splitRunOptions,
  withExtra,
} from '@mediagen/runtime/provider';
import type { GenerateOptions } from './generate.js';
import { metadata } from './generated/metadata.js';
import type { VydraBaseClient, VydraElevenLabsTtsInput, VydraJob } from './types.js';

const OPERATION = 'generateElevenLabsTts';
const operation = metadata.operations[OPERATION];

/** Speech from ElevenLabs TTS: the audio URL, and the job when the answer was one. */
export interface Speech {
  audioUrl: string;
  /** The answer that carried the URL: the immediate `200`, or the finished job. */
  body: unknown;
  /** The job, when Vydra answered `202` with one. */
  handle?: JobHandle;
}

/**
 * `speak`'s input: `text` and `voice_id`, typed (a misspelled key does not compile); another field of
 * the model's `inputSchema` (see `models()`) goes in `extra`.
 */
export interface SpeakInput extends VydraElevenLabsTtsInput, ExtraFields {}

export type Speak = (input: SpeakInput, options?: GenerateOptions) => Promise<Speech>;

/**
 * `speak({ text, voice_id })`: `POST /models/elevenlabs/tts`. The spec accepts both answers (an
 * assumption, see `src/generated/assumptions.md`): the audio URL at once, or a job that is then
 * waited for as `generate` waits. An answer with neither, or a job that ends without an audio URL,
 * throws an `InvalidResponseError` that carries the body (and the job's handle): it was paid for.
 */
export function createSpeak(client: VydraBaseClient): Speak {
  return async (input, options = {}) => {
    const { request, wait } = splitRunOptions({
      ...options,
      cancelOnAbort: options.cancelOnAbort ?? true,
    });
    const body = await client.call(OPERATION, { body: withExtra(input) }, request);
    // An answer that carries the audio is the result, whether or not it also names a job.
    const [now] = readJob(operation.submitJob, body).outputs;
    if (now) return { audioUrl: now, body };
    const [handle] = createJobHandles(metadata, OPERATION, body);
    const result = await client.wait<VydraJob>(handle!, wait);
    const audioUrl = result.body.output?.audioUrl;
    if (audioUrl) return { audioUrl, body: result.body, handle: handle! };
    throw Object.assign(
      new InvalidResponseError(
        `Vydra ElevenLabs TTS job ${handle!.id} completed without an audio URL; the finished job is on this error as body.`,
        { provider: metadata.id, operationId: 'getJob', body: result.body },
      ),
      { handle },
    );
  };
}

/** The `speak` helper on a Vydra client. */
export interface SpeakHelpers {
  /** ElevenLabs text to speech, answered at once or as a job; see `Speak`. */
  speak: Speak;
}

export function speakHelpers(client: VydraBaseClient): SpeakHelpers {
  return { speak: createSpeak(client) };
}
