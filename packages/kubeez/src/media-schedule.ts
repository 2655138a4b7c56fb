import type { RunOptions } from '@mediagen/runtime';
import { metadata } from './generated/metadata.js';
import type { GenerateMediaInput } from './types.js';

/**
 * "First poll: ~5-10s for images, ~30-60s for videos." The status route's schedule starts at an
 * image's 5 s; the spec gives a video's first delay on `extendMedia`, which makes only videos.
 */
const VIDEO_FIRST_POLL_MS = metadata.operations.extendMedia.schedule.initialDelayMs;

// The doc: video resolutions are `480p|720p|1080p`, P-Video's qualities `720p|720p-draft|...`.
const VIDEO_TIER = /^\d+p(-draft)?$/;

/**
 * Whether a `POST /v1/generate/media` body asks for a video, from fields only video requests
 * carry: `duration` ("videos only"), `sound` (video audio), a `*-video` generation type, or a
 * video resolution or quality tier. A body that says none of these polls as an image.
 */
export function isVideoRequest(input: GenerateMediaInput): boolean {
  const { duration, sound, generation_type, resolution, quality } = input;
  return (
    (duration !== undefined && duration !== null) ||
    typeof sound === 'boolean' ||
    (typeof generation_type === 'string' && generation_type.includes('video')) ||
    [resolution, quality].some((tier) => typeof tier === 'string' && VIDEO_TIER.test(tier))
  );
}

/** The run options of a media job: a video's first poll after 30 s, unless the caller set one. */
export function mediaRunOptions(input: GenerateMediaInput, options: RunOptions = {}): RunOptions {
  if (!isVideoRequest(input)) return options;
  return { ...options, schedule: { initialDelayMs: VIDEO_FIRST_POLL_MS, ...options.schedule } };
}
