import type {
  Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
  Experimental_VideoModelV4File as VideoModelV4File,
} from '@ai-sdk/provider';

type Frames = Pick<VideoModelV4CallOptions, 'image' | 'frameImages'>;

/** The start image: `prompt: { image }` or a `first_frame` frame image. */
export function firstFrame(options: Frames): VideoModelV4File | undefined {
  return options.image ?? options.frameImages?.find((f) => f.frameType === 'first_frame')?.image;
}

/** The `last_frame` frame image, if any. */
export function lastFrame(options: Frames): VideoModelV4File | undefined {
  return options.frameImages?.find((f) => f.frameType === 'last_frame')?.image;
}
