// One generate-and-wait through the installed tarballs, as the root README shows it.
import { createHappyHorseClient, type HappyHorseClient } from '@mediagen/happyhorse';
import { MediagenError } from '@mediagen/runtime';

const client: HappyHorseClient = createHappyHorseClient({
  baseUrl: process.env.MOCK_URL!,
  apiKey: 'mock-key-not-secret',
});
try {
  const video = await client.generateVideo(
    { prompt: 'A cinematic shot of mountains at sunrise', mode: 'pro' },
    {
      schedule: {
        initialDelayMs: 50,
        intervalMs: 50,
        incrementMs: 0,
        multiplier: 1,
        sequenceMs: [50],
      },
    },
  );
  console.log(
    JSON.stringify({ videoUrl: video.videoUrl, status: video.status, id: video.handle.id }),
  );
} catch (error) {
  console.error(error instanceof MediagenError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
}
