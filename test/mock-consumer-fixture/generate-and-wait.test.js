import { createHappyHorseClient } from '@mediagen/happyhorse';
import { expect, inject, it } from 'vitest';

it('generates a video and waits for it against @mediagen/mock', async () => {
  const happyhorse = createHappyHorseClient({ baseUrl: inject('happyhorseUrl'), apiKey: 'test' });
  const states = [];
  const video = await happyhorse.generateVideo(
    { prompt: 'A cinematic shot of mountains at sunrise', mode: 'pro' },
    {
      schedule: { initialDelayMs: 0, intervalMs: 5, sequenceMs: [5] },
      onProgress: (p) => states.push(p.state),
    },
  );
  expect(video.status).toBe('succeeded');
  expect(video.handle.id).toMatch(/^n92/);
  expect(video.videoUrl).toMatch(/^https:\/\//);
  expect(states).toEqual(['IN_PROGRESS', 'SUCCESS']);
});
