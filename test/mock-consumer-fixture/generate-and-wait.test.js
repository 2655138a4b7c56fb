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
  // The mock serves the video itself, on its own loopback origin.
  expect(video.videoUrl).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/__mediagen\/outputs\/n92\w+\/0\.mp4$/,
  );
  const file = await fetch(video.videoUrl);
  expect(file.headers.get('content-type')).toBe('video/mp4');
  expect(Buffer.from(await file.arrayBuffer()).toString('latin1', 4, 8)).toBe('ftyp');
  expect(states).toEqual(['IN_PROGRESS', 'SUCCESS']);
});
