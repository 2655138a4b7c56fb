import { InvalidResponseError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createHappyHorseClient } from './create-happyhorse-client.js';

const schedule = { initialDelayMs: 0, intervalMs: 1, incrementMs: 0, sequenceMs: [1] };
const taskId = 'n92abc123hh10';

/** A client whose task completes with this `response`, answered without any network. */
function clientAnswering(response: unknown) {
  const fetch = async (request: Request) =>
    new URL(request.url).pathname === '/api/generate'
      ? Response.json({
          code: 200,
          message: 'success',
          data: { task_id: taskId, status: 'IN_PROGRESS' },
        })
      : Response.json({
          code: 200,
          message: 'success',
          data: { task_id: taskId, status: 'SUCCESS', response, error_message: null },
        });
  return createHappyHorseClient({ apiKey: 'hh_test_key_0123456789', fetch });
}

describe('generateVideo', () => {
  it('returns data.response.resultUrls[0]', async () => {
    const video = await clientAnswering({
      resultUrls: ['https://cdn.example.com/v.mp4'],
    }).generateVideo({ prompt: 'a fox' }, { schedule });
    expect(video.videoUrl).toBe('https://cdn.example.com/v.mp4');
  });

  it.each([
    ['an empty resultUrls', { resultUrls: [] }],
    ['no response', null],
  ])(
    'refuses a SUCCESS task with %s, carrying the handle: it was paid for',
    async (_name, response) => {
      const error = await clientAnswering(response)
        .generateVideo({ prompt: 'a fox' }, { schedule })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError & { handle?: { id: string } }).handle?.id).toBe(taskId);
      expect((error as Error).message).toContain(taskId);
    },
  );
});
