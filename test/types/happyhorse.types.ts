/**
 * Type tests of @mediagen/happyhorse, checked by `tsc` (never run): in the workspace program, and in
 * the consumer test against the packed tarballs (nodenext and bundler). Each helper's documented
 * example compiles; each `@ts-expect-error` line is a mistake the editor must catch, so the build
 * fails if one compiles.
 */
import {
  createHappyHorseClient,
  type GeneratedVideo,
  type GenerateVideoInput,
  type HappyHorseClient,
} from '@mediagen/happyhorse';

export async function generateVideo(happyhorse: HappyHorseClient = createHappyHorseClient()) {
  // The README's example.
  const video = await happyhorse.generateVideo(
    { prompt: 'A majestic eagle soaring', mode: 'pro', duration: 5, aspect_ratio: '16:9' },
    { onProgress: ({ state, elapsedMs }) => console.log(state, elapsedMs) },
  );
  video.videoUrl satisfies string;
  video.handle.id satisfies string;
  video.body.data.status satisfies 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';
  video satisfies GeneratedVideo;

  // A field the spec does not name, sent on purpose.
  await happyhorse.generateVideo({ prompt: 'x', extra: { seed: 7 } });
  // Multi-shot is its own branch.
  await happyhorse.generateVideo({
    multi_shots: true,
    sound: true,
    multi_prompt: [{ prompt: 'a', duration: 3 }],
  });

  // @ts-expect-error a misspelled key
  await happyhorse.generateVideo({ promt: 'x' });
  // @ts-expect-error a wrong value type
  await happyhorse.generateVideo({ prompt: 123 });
  // @ts-expect-error a value outside the enum
  await happyhorse.generateVideo({ prompt: 'x', mode: 'ultra' });
  // @ts-expect-error a required field left out
  await happyhorse.generateVideo({});
  // @ts-expect-error a duration that is not a number
  const long: GenerateVideoInput = { prompt: 'x', duration: 'long' };
  return long;
}
