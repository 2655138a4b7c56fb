import {
  createJobHandles,
  type JobHandle,
  readJob,
  readPointer,
  splitRunOptions,
} from '@mediagen/runtime';
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

export type Speak = (input: VydraElevenLabsTtsInput, options?: GenerateOptions) => Promise<Speech>;

/**
 * `speak({ text, voice_id })`: `POST /models/elevenlabs/tts`. The spec accepts both answers (an
 * assumption, see `src/generated/assumptions.md`): the audio URL at once, or a job that is then
 * waited for as `generate` waits. An answer with neither throws an `InvalidResponseError` that
 * carries the body, since the request was paid.
 */
export function createSpeak(client: VydraBaseClient): Speak {
  return async (input, options = {}) => {
    const { request, wait } = splitRunOptions({
      ...options,
      cancelOnAbort: options.cancelOnAbort ?? true,
    });
    const body = await client.call(OPERATION, { body: input }, request);
    const [audioUrl] = readJob(operation.submitJob, body).outputs;
    const isJob = readPointer(body, operation.status.parameters.jobId.pointer).length > 0;
    if (audioUrl && !isJob) return { audioUrl, body };
    const [handle] = createJobHandles(metadata, OPERATION, body);
    const result = await client.wait<VydraJob>(handle!, wait);
    return {
      audioUrl: result.body.output?.audioUrl ?? result.outputs[0]!,
      body: result.body,
      handle: handle!,
    };
  };
}
