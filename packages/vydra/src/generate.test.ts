import { InvalidResponseError, type JobHandle } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createVydraClient } from './create-vydra-client.js';

const jobId = 'job_abc123';
const schedule = { initialDelayMs: 0, intervalMs: 1, incrementMs: 0, sequenceMs: [1] };

/** A client whose job completes with this `output`, answered without any network. */
function clientCompletingWith(output: unknown) {
  const fetch = async (request: Request) =>
    request.method === 'POST'
      ? Response.json({ jobId, status: 'pending', creditsCharged: 175 }, { status: 202 })
      : Response.json({
          id: jobId,
          status: 'completed',
          creditsCharged: 175,
          ...(output === undefined ? {} : { output }),
        });
  return createVydraClient({ apiKey: 'vydra_test_key_0123456789', fetch });
}

describe('generate() outputs', () => {
  it('lifts the output URL out of body.output', async () => {
    const url = 'https://vydra-cdn.com/videos/xyz.mp4';
    const result = await clientCompletingWith({ videoUrl: url }).generate(
      'veo3',
      { prompt: 'A serene lake at sunset' },
      { schedule },
    );
    expect(result.videoUrl).toBe(url);
  });

  it.each([
    ['an output without a URL', { duration: 8 }],
    ['no output', undefined],
  ])(
    'refuses a completed named-model job with %s, keeping its handle: it was paid for',
    async (_name, output) => {
      const error = await clientCompletingWith(output)
        .generate('veo3', { prompt: 'A serene lake at sunset' }, { schedule })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as { handle?: JobHandle }).handle?.id).toBe(jobId);
      expect((error as Error).message).toContain(jobId);
    },
  );

  it('returns any other model’s job as it finished: its output is whatever its inputSchema makes', async () => {
    const output = { text: 'a transcript' };
    const result = await clientCompletingWith(output).generate(
      'whisper',
      { audio_url: 'https://a.example/a.mp3' },
      { schedule },
    );
    expect(result.body.output).toEqual(output);
  });
});
