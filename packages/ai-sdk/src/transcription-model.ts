import {
  InvalidArgumentError,
  type TranscriptionModelV4,
  type TranscriptionModelV4CallOptions,
} from '@ai-sdk/provider';
import { InvalidResponseError } from '@mediagen/runtime';
import type { DownloadedOutput } from './download-output.js';
import { fetchOutputs } from './fetch-outputs.js';
import { type FinishedJob, jobMetadata } from './finished-job.js';
import { type ModelContext, type PlannedJob, responseInfo } from './model-context.js';
import { readTranscript, type Transcript } from './read-transcript.js';
import { asAiSdkCall } from './to-ai-sdk-error.js';

/** The audio to transcribe: bytes the caller gave, or a URL the provider fetches itself. */
export type AudioSource =
  | { kind: 'bytes'; data: Uint8Array; mediaType: string }
  | { kind: 'url'; url: string };

export interface TranscriptionCall {
  audio: AudioSource;
  providerOptions: TranscriptionModelV4CallOptions['providerOptions'];
  timestampGranularities: TranscriptionModelV4CallOptions['timestampGranularities'];
}

export interface TranscriptionPlanner {
  plan(call: TranscriptionCall): Promise<PlannedJob>;
  /** The transcript a finished job holds: in its body, or in its (fetched) output. */
  read(job: FinishedJob, outputs: () => Promise<DownloadedOutput[]>): Promise<unknown>;
}

function noTranscript(job: FinishedJob) {
  const { handle } = job;
  return Object.assign(
    new InvalidResponseError(
      `${handle.provider} job ${handle.id} finished (and was paid) but nothing in its answer or output reads as a transcript; its outputs are ${job.outputs.join(', ') || 'none'}`,
      {
        provider: handle.provider,
        operationId: handle.statusOperationId,
        body: job.body,
        jobMayExist: true,
      },
    ),
    { handle },
  );
}

/** An AI SDK transcription model; `doGenerateFromUrl` hands an http(s) URL to the provider. */
export function createTranscriptionModel(
  context: ModelContext,
  planner: TranscriptionPlanner,
): TranscriptionModelV4 {
  const generate = (call: TranscriptionCall, signal: AbortSignal | undefined) =>
    asAiSdkCall(async () => {
      const timestamp = new Date();
      const { warnings, run } = await planner.plan(call);
      const job = await run(signal);
      const raw = await planner.read(job, () => fetchOutputs(job, { ...context, signal }));
      const transcript: Transcript | undefined = readTranscript(raw);
      if (!transcript) throw noTranscript(job);
      return {
        ...transcript,
        warnings,
        providerMetadata: { [context.provider]: jobMetadata(job) },
        response: { ...responseInfo(context, timestamp), body: job.body },
      };
    });
  return {
    specificationVersion: 'v4',
    provider: `${context.provider}.transcription`,
    modelId: context.modelId,
    doGenerate: (options) => {
      const data =
        typeof options.audio === 'string'
          ? Uint8Array.from(Buffer.from(options.audio, 'base64'))
          : options.audio;
      if (data.byteLength === 0) {
        // Nothing to transcribe, and uploading or submitting it would still be paid for.
        const message =
          "The audio is empty, so nothing was sent; pass the recording's bytes or its URL";
        return Promise.reject(new InvalidArgumentError({ argument: 'audio', message }));
      }
      return generate(
        {
          audio: { kind: 'bytes', data, mediaType: options.mediaType },
          providerOptions: options.providerOptions,
          timestampGranularities: options.timestampGranularities,
        },
        options.abortSignal,
      );
    },
    doGenerateFromUrl: (options) =>
      generate(
        {
          audio: { kind: 'url', url: options.audio.href },
          providerOptions: options.providerOptions,
          timestampGranularities: options.timestampGranularities,
        },
        options.abortSignal,
      ),
  };
}
