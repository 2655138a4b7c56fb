import { InvalidResponseError, type JobHandle } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createKillaTamataClient } from './create-killatamata-client.js';

const jobId = 'job_abc123';
const schedule = { initialDelayMs: 0, intervalMs: 1, incrementMs: 0, sequenceMs: [1] };

/** A client whose job completes with these `downloadableOutputUrls`, answered without any network. */
function clientCompletingWith(downloadableOutputUrls: string[] | undefined) {
  const fetch = async (request: Request) =>
    request.method === 'POST'
      ? Response.json({ ok: true, task: 'image.generate', externalJobId: jobId, status: 'queued' })
      : Response.json({
          ok: true,
          task: 'image.generate',
          externalJobId: jobId,
          status: 'completed',
          ...(downloadableOutputUrls ? { downloadableOutputUrls } : {}),
        });
  return createKillaTamataClient({ apiKey: 'kt_test_outputs_0123456789', fetch });
}

describe('generate() outputs', () => {
  it('returns downloadableOutputUrls as outputUrls', async () => {
    const url = 'https://cdn.example/output_0001.webp';
    const result = await clientCompletingWith([url]).generate(
      'image.generate',
      { prompt: 'a fox' },
      { schedule },
    );
    expect(result.outputUrls).toEqual([url]);
  });

  it.each([
    ['an empty list', []],
    ['no list', undefined],
  ])(
    'refuses a completed job with %s of outputs, keeping its handle: it was paid for',
    async (_name, urls) => {
      const error = await clientCompletingWith(urls)
        .generate('image.generate', { prompt: 'a fox' }, { schedule })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as { handle?: JobHandle }).handle?.id).toBe(jobId);
      expect((error as Error).message).toContain(jobId);
    },
  );
});
