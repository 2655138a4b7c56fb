import { createHappyHorseClient } from '@mediagen/happyhorse';
import type { Demo } from './demo.ts';

export const demo: Demo = {
  title: 'text-to-video, pro, 5 s, 16:9',
  async run({ baseUrl, apiKey, schedule, onProgress }) {
    const client = createHappyHorseClient({
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    });
    const video = await client.generateVideo(
      {
        model: 'happyhorse-1.0/video',
        prompt: 'A majestic eagle soaring through clouds at sunset',
        mode: 'pro',
        duration: 5,
        aspect_ratio: '16:9',
        sound: true,
      },
      { onProgress, ...(schedule ? { schedule } : {}) },
    );
    return [video.videoUrl];
  },
};
