import {
  type ImageModelV4File,
  InvalidArgumentError,
  type Experimental_VideoModelV4File as VideoModelV4File,
} from '@ai-sdk/provider';

type InputFile = ImageModelV4File | VideoModelV4File;

/** An AI SDK input file as bytes, or its URL where it was given as one. */
export type FileContent =
  | { kind: 'url'; url: string; mediaType: string | undefined }
  | { kind: 'bytes'; data: Uint8Array; mediaType: string };

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Uint8Array.from(Buffer.from(data, 'base64')) : data;
}

export function fileContent(file: InputFile): FileContent {
  if (file.type === 'url')
    return {
      kind: 'url',
      url: file.url,
      mediaType: 'mediaType' in file ? file.mediaType : undefined,
    };
  return { kind: 'bytes', data: bytesOf(file.data), mediaType: file.mediaType };
}

/** Base64 of bytes, for the APIs that take files inline. */
export function base64Of(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

/** A file's URL, uploading its bytes first with the provider's own upload where it has one. */
export async function urlOf(
  file: InputFile,
  upload: (data: Uint8Array, mediaType: string) => Promise<string>,
): Promise<string> {
  const content = fileContent(file);
  return content.kind === 'url' ? content.url : upload(content.data, content.mediaType);
}

/**
 * The URL of an input image, for an API that takes images as URLs only and has no upload: bytes
 * are refused before anything is sent, rather than dropped from a paid job.
 */
export function urlOnly(file: InputFile, provider: string, field: string): string {
  const content = fileContent(file);
  if (content.kind === 'url') return content.url;
  throw new InvalidArgumentError({
    argument: 'image',
    message: `${provider} takes images as URLs only (${field}) and has no upload: host the image and pass its URL; nothing was sent`,
  });
}
