import { InvalidResponseError, type RequestOptions, ValidationError } from '@mediagen/runtime';
import { checkFileSource, openLocalFile } from '@mediagen/runtime/provider';
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

const fileContext = { name: 'Kubeez', provider: metadata.id, operationId: 'uploadMedia' };

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
  // Refuses what plain JavaScript may pass instead (undefined, a Symbol) before it is used.
  checkFileSource(file, fileContext);
  if (typeof file === 'string') {
    const filename = options.filename ?? (file.split(/[\\/]/).pop() || 'upload');
    // A file-backed Blob: its size is known without reading the file.
    const blob = await openLocalFile(file, options.type, fileContext);
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
      // `urls` is required by the spec, but the answer is not checked against it: read it with care.
      const url: unknown = Array.isArray(result.urls) ? result.urls[0] : undefined;
      if (typeof url !== 'string') {
        const message =
          'Kubeez uploadMedia answered without a URL in urls; the answer is on this error as body. Upload the file again, or save it by URL with ensureAsset.';
        throw new InvalidResponseError(message, {
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
