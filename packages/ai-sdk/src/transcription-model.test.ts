import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { DownloadedOutput } from './download-output.js';
import type { FinishedJob } from './finished-job.js';
import { parseOutput } from './parse-output.js';
import { createTranscriptionModel } from './transcription-model.js';

const job: FinishedJob = {
  handle: {
    provider: 'killatamata',
    id: 'job_1',
    operationId: 'createJob',
    statusOperationId: 'getJob',
    params: { id: 'job_1' },
    createdAt: '2026-12-06T00:00:00.000Z',
  },
  outputs: ['http://127.0.0.1:1/__mediagen/outputs/job_1/0.wav'],
  body: { status: 'succeeded' },
  elapsedMs: 10,
  charge: {},
};

/** A model whose finished job's output is `output`, read the way Killa Tamata's model reads it. */
const modelWith = (output: DownloadedOutput) =>
  createTranscriptionModel(
    { provider: 'killatamata', modelId: 'audio.annotation.reference' },
    {
      plan: async () => ({ warnings: [], run: async () => job }),
      read: async () => parseOutput(output),
    },
  );

describe('a transcription model', () => {
  it('keeps the paid job when its output is not a transcript', async () => {
    const model = modelWith({ data: new Uint8Array([82, 73, 70, 70]), mediaType: 'audio/wav' });
    const error = await Promise.resolve(
      model.doGenerate({ audio: new Uint8Array([1]), mediaType: 'audio/wav' }),
    ).catch((e: unknown) => e);
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect((error as APICallError).data).toMatchObject({
      handle: { provider: 'killatamata', id: 'job_1' },
      jobMayExist: true,
    });
  });

  it('reads an annotation JSON output as the transcript', async () => {
    const json = JSON.stringify({ lyrics: 'la la', words: [{ text: 'la', start: 0, end: 0.4 }] });
    const model = modelWith({
      data: new TextEncoder().encode(json),
      mediaType: 'application/json',
    });
    const result = await model.doGenerate({ audio: new Uint8Array([1]), mediaType: 'audio/wav' });
    expect(result.text).toBe('la la');
    expect(result.providerMetadata?.killatamata).toMatchObject({ jobId: 'job_1' });
  });
});
