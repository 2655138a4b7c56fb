import { InvalidResponseError, type RequestOptions, ValidationError } from '@mediagen/runtime';
import { metadata } from './generated/metadata.js';
import type { components } from './generated/openapi.js';
import type { KubeezBaseClient, UploadResult } from './types.js';

/** The documented upload limit, 500 MB per request, from the spec's `x-mediagen-max-bytes`. */
export const UPLOAD_MAX_BYTES: number = metadata.operations.uploadMedia.maxUploadBytes;

/** A local file path (Node only), a Blob/File, or raw bytes. */
export type UploadSource = string | Blob | ArrayBuffer | ArrayBufferView;

export interface UploadOptions extends RequestOptions {
  /** File name sent with the part. Defaults to the path's base name, a File's name, or `upload`. */
  filename?: string;
  /** MIME type for paths and raw bytes. */
  type?: string;
}

export interface UploadedFile extends UploadResult {
  /** The signed CDN URL (`urls[0]`), ready for `source_media_urls` or `media_url`. */
  url: string;
}

interface NodeFs {
  openAsBlob(path: string, options?: { type?: string }): Promise<Blob>;
}
// Not a literal, so bundlers for the browser leave Node's fs alone; only paths need it.
const NODE_FS: string = 'node:fs';

/** Refuses a file over the documented limit, before it is read or sent. */
function checkSize(size: number, filename: string) {
  if (size <= UPLOAD_MAX_BYTES) return;
  const op = metadata.operations.uploadMedia;
  throw new ValidationError(
    `Kubeez uploadMedia: ${filename} is ${size} bytes, over the 500 MB (${UPLOAD_MAX_BYTES} bytes) upload limit, so it was not sent`,
    {
      provider: metadata.id,
      operationId: 'uploadMedia',
      method: op.method.toUpperCase(),
      path: op.path,
      issues: [
        { path: '/file', message: `must be at most ${UPLOAD_MAX_BYTES} bytes (got ${size})` },
      ],
    },
  );
}

async function toBlob(file: UploadSource, options: UploadOptions): Promise<[Blob, string]> {
  const type = options.type ? { type: options.type } : {};
  if (typeof file === 'string') {
    const filename = options.filename ?? (file.split(/[\\/]/).pop() || 'upload');
    const fs = (await import(NODE_FS)) as NodeFs;
    // A file-backed Blob: its size is known without reading the file.
    const blob = await fs.openAsBlob(file, type);
    checkSize(blob.size, filename);
    return [blob, filename];
  }
  if (file instanceof Blob) {
    const name = typeof File !== 'undefined' && file instanceof File ? file.name : undefined;
    const filename = options.filename ?? name ?? 'upload';
    checkSize(file.size, filename);
    return [file, filename];
  }
  const filename = options.filename ?? 'upload';
  checkSize(file.byteLength, filename); // before the bytes are copied into a Blob
  const bytes = ArrayBuffer.isView(file)
    ? new Uint8Array(file.buffer as ArrayBuffer, file.byteOffset, file.byteLength)
    : new Uint8Array(file);
  return [new Blob([bytes], type), filename];
}

/** Multipart upload of a local file (workflow B). */
export function uploadHelpers(client: KubeezBaseClient) {
  return {
    /**
     * Uploads one file as `multipart/form-data` field `file` and returns its signed CDN URL. A file
     * over 500 MB is refused with a `ValidationError` before anything is sent.
     */
    async uploadFile(file: UploadSource, options: UploadOptions = {}): Promise<UploadedFile> {
      const { filename: _filename, type: _type, ...requestOptions } = options;
      const [blob, filename] = await toBlob(file, options);
      const form = new FormData();
      form.append('file', blob, filename);
      const result = await client.call(
        'uploadMedia',
        // openapi-fetch sends a FormData body as is, with its multipart boundary.
        { body: form as unknown as components['schemas']['UploadMediaRequest'] },
        requestOptions,
      );
      const url = result.urls[0];
      if (url === undefined) {
        throw new InvalidResponseError('Kubeez uploadMedia answered without a URL', {
          provider: client.metadata.id,
          operationId: 'uploadMedia',
          body: result,
        });
      }
      return { ...result, url };
    },
  };
}

/** The methods `uploadHelpers` puts on the client. */
export type UploadHelpers = ReturnType<typeof uploadHelpers>;
