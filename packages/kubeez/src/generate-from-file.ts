import type { RunOptions } from '@mediagen/runtime';
import type { GenerationHelpers } from './generation.js';
import type { GeneratedMedia, GenerateMediaInput } from './types.js';
import type { UploadHelpers, UploadOptions, UploadSource } from './upload.js';

export interface GenerateFromFileOptions extends RunOptions {
  /** Options for the upload (file name, MIME type, per-request settings). */
  upload?: UploadOptions;
}

/** Workflow B: upload a local file, then generate with its URL as a reference. */
export function generateFromFileHelpers(upload: UploadHelpers, generation: GenerationHelpers) {
  return {
    /**
     * Uploads `file` and starts `input` with the returned URL appended to `source_media_urls`
     * (set `generation_type`, for example `image-to-image`, as the model's catalog row says),
     * then waits for the result.
     */
    async generateFromFile(
      file: UploadSource,
      input: GenerateMediaInput,
      options: GenerateFromFileOptions = {},
    ): Promise<GeneratedMedia> {
      const { upload: uploadOptions, ...runOptions } = options;
      const { url } = await upload.uploadFile(file, {
        ...(runOptions.signal ? { signal: runOptions.signal } : {}),
        ...uploadOptions,
      });
      return generation.generateMedia(
        { ...input, source_media_urls: [...(input.source_media_urls ?? []), url] },
        runOptions,
      );
    },
  };
}

/** The methods `generateFromFileHelpers` puts on the client. */
export type GenerateFromFileHelpers = ReturnType<typeof generateFromFileHelpers>;
