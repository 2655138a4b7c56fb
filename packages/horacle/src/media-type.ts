/** Media types by file extension, for paths and names that come without a declared type. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  flac: 'audio/flac',
  weba: 'audio/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
};

export type MediaKind = 'image' | 'audio' | 'video';

/**
 * A file's media type: the declared one (a Blob's `type`, or the caller's `type` option) wins, then
 * the name's extension. `undefined` when neither says, so nothing is guessed from the bytes.
 */
export function mediaTypeOf(
  name: string | undefined,
  declared: string | undefined,
): string | undefined {
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  if (type) return type;
  const extension = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return extension ? BY_EXTENSION[extension] : undefined;
}

/** Which of Horacle's three upload kinds a media type is, if any. */
export function mediaKindOf(type: string | undefined): MediaKind | undefined {
  const top = type?.split('/')[0];
  return top === 'image' || top === 'audio' || top === 'video' ? top : undefined;
}
