import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidResponseError,
  type RequestOptions,
  RequestTimeoutError,
  ValidationError,
} from '@mediagen/runtime';
import { validateBaseUrl } from '@mediagen/runtime/provider';
import { type FileSource, type FileSourceOptions, readFileSource } from './file-source.js';
import { type MediaKind, mediaKindOf } from './media-type.js';
import type { HoracleBaseClient } from './types.js';

type UserFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** Which link operation signs an upload of each kind. */
const LINK_OPERATIONS = {
  image: 'createImageUploadLink',
  audio: 'createAudioUploadLink',
  video: 'createVideoUploadLink',
} as const satisfies Record<MediaKind, string>;

/** How long the bytes may take to reach the signed link, unless `timeoutMs` says otherwise. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000;

export interface UploadOptions extends FileSourceOptions, RequestOptions {}

export interface UploadedFile {
  /** The file's public URL, for `reference_images`, `image_url`, `audio_url` or `video_url`. */
  url: string;
  kind: MediaKind;
  type: string;
}

function refuseUnknownKind(filename: string, type: string | undefined): never {
  throw new ValidationError(
    `Horacle upload: cannot tell whether ${filename} (${type ?? 'no media type'}) is an image, audio or video, so it was not sent. Give its type, for example { type: 'image/png' }.`,
    {
      provider: 'horacle',
      issues: [{ path: '/file', message: 'must be an image, audio or video' }],
    },
  );
}

/** Why the bytes did not reach the link, typed; never quoting the link, which is a credential. */
function sendFailed(error: unknown, caller: AbortSignal | undefined, timeout: AbortSignal) {
  const context = { provider: 'horacle', operationId: 'upload' };
  if (caller?.aborted) {
    return new AbortError(
      'Horacle upload: stopped by your signal; the file may be partly sent. Upload it again.',
      context,
    );
  }
  if (timeout.aborted) {
    return new RequestTimeoutError(
      'Horacle upload: the bytes did not reach the signed link in time. Upload again, or pass a longer timeoutMs.',
      context,
    );
  }
  const why = error instanceof Error ? error.name : 'unknown error';
  return new ConnectionError(
    `Horacle upload: the bytes could not be sent to the signed link (${why}; redirects are refused). Create a new link and upload again.`,
    context,
  );
}

/**
 * Sends the bytes to the signed link. It is another origin, so the API key never goes with them:
 * the link is the credential. Redirects are refused, and the request is bounded by a timeout and the
 * caller's signal.
 */
async function putBytes(
  fetchImpl: UserFetch,
  uploadUrl: string,
  blob: Blob,
  type: string,
  options: RequestOptions,
): Promise<void> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(
      new Request(uploadUrl, {
        method: 'PUT',
        body: blob,
        headers: { 'content-type': type },
        redirect: 'error',
        signal,
      }),
    );
    await response.body?.cancel();
  } catch (error) {
    throw sendFailed(error, options.signal, timeout);
  }
  if (!response.ok) {
    throw new ApiError(
      `Horacle upload: the signed link answered ${response.status}; the file was not stored. Create a new link and upload again (links expire).`,
      { provider: 'horacle', status: response.status },
    );
  }
}

/** Uploads through the signed-link flow: create a link for the file's kind, then send the bytes. */
export function uploadHelpers(client: HoracleBaseClient, userFetch?: UserFetch) {
  return {
    /**
     * Uploads an image, audio or video file and returns its public URL. The kind comes from the
     * file's declared type or its extension; a file of no known kind is refused before anything is
     * sent.
     */
    async upload(file: FileSource, options: UploadOptions = {}): Promise<UploadedFile> {
      const { filename: _filename, type: _type, ...requestOptions } = options;
      const read = await readFileSource(file, options);
      const kind = mediaKindOf(read.type);
      if (!kind || !read.type) return refuseUnknownKind(read.filename, read.type);
      const link = await client.call(
        LINK_OPERATIONS[kind],
        { body: { filename: read.filename, content_type: read.type } },
        requestOptions,
      );
      if (!link.upload_url || !link.public_url) {
        throw new InvalidResponseError(
          `Horacle ${LINK_OPERATIONS[kind]} answered without upload_url and public_url; nothing was uploaded.`,
          { provider: 'horacle', operationId: LINK_OPERATIONS[kind], body: link },
        );
      }
      // Same rule as a base URL: https, or http only on loopback.
      validateBaseUrl(
        URL.canParse(link.upload_url) ? new URL(link.upload_url).origin : 'not a URL',
        'Horacle upload link',
      );
      await putBytes(userFetch ?? fetch, link.upload_url, read.blob, read.type, requestOptions);
      return { url: link.public_url, kind, type: read.type };
    },
  };
}

/** The methods `uploadHelpers` puts on the client. */
export type UploadHelpers = ReturnType<typeof uploadHelpers>;
