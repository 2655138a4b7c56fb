/** `1024x768` as numbers; the AI SDK's size and resolution strings are `{width}x{height}`. */
export function parseSize(size: `${number}x${number}`): { width: number; height: number } {
  const [width, height] = size.split('x').map(Number);
  return { width: width!, height: height! };
}
