// The same job from CommonJS: `import` compiles to `require()`, which loads the ESM build on Node 20.19+.
import { createHappyHorseClient } from '@mediagen/happyhorse';

async function main() {
  const client = createHappyHorseClient({
    baseUrl: process.env.MOCK_URL!,
    apiKey: 'mock-key-not-secret',
  });
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
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
