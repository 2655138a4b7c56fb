import type { Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions } from '@ai-sdk/provider';

/**
 * The call's aspect ratio as a field takes it: a W:H ratio as it is; 'adaptive' (inherit the input
 * media's ratio) is a value no provider's field takes, so it is not sent and the model warns.
 */
export function ratioToSend(
  aspectRatio: VideoModelV4CallOptions['aspectRatio'],
): `${number}:${number}` | undefined {
  return aspectRatio === 'adaptive' ? undefined : aspectRatio;
}
