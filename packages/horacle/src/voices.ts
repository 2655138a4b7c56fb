import { ValidationError } from '@mediagen/runtime';
import { mediaTypeAllowed, withExtra } from '@mediagen/runtime/provider';
import { type AnswerOptions, answerOrWait, whenField } from './answer-or-wait.js';
import { type FileSource, type FileSourceOptions, readFileSource } from './file-source.js';
import { metadata } from './generated/metadata.js';
import type { components } from './generated/openapi.js';
import type {
  DesignVoiceInput,
  HoracleBaseClient,
  SavedVoice,
  SaveVoiceInput,
  VoicePreview,
  VoicePreviews as VoicePreviewsBody,
} from './types.js';

/** `saveVoice`'s details: the name and description (the preview gives the voice id). */
export interface SaveVoiceDetails extends Omit<SaveVoiceInput, 'generated_voice_id'> {}

export interface CloneVoiceOptions extends FileSourceOptions, AnswerOptions {
  /** A name for the cloned voice. */
  name?: string;
}

// The spec's `encoding.file.contentType`, the same types the mock checks the part against.
const RECORDING_TYPES: readonly string[] = metadata.operations.cloneVoice.partMediaTypes.file;

function refuseNonAudio(filename: string, type: string | undefined): never {
  const op = metadata.operations.cloneVoice;
  const got = type ? `a ${type} file` : 'a file of unknown type';
  const wanted = RECORDING_TYPES.join(' or ');
  throw new ValidationError(
    `Horacle cloneVoice: ${filename} is ${got}, not ${wanted}, so it was not sent. Pass an audio recording (at least 30 s of clean speech), or give its type with { type: 'audio/mpeg' }.`,
    {
      provider: metadata.id,
      operationId: 'cloneVoice',
      method: op.method.toUpperCase(),
      path: op.path,
      issues: [{ path: '/file', message: `must be ${wanted} (got ${type ?? 'no media type'})` }],
    },
  );
}

/** Voice cloning, and voice design: describe → listen to the previews → save one. */
export function voiceHelpers(client: HoracleBaseClient) {
  return {
    /**
     * Clones a voice from a recording, sent as `multipart/form-data`. A file whose type (declared,
     * or by its name's extension) is not one the spec allows (`audio/*`) is refused before anything
     * is sent, unless `validate: false`. Horacle needs at least 30 s of clean audio; the client
     * cannot measure that, so Horacle checks it.
     */
    async cloneVoice(file: FileSource, options: CloneVoiceOptions = {}): Promise<SavedVoice> {
      const { name, filename: _filename, type: _type, wait, ...requestOptions } = options;
      const read = await readFileSource(file, options);
      if (options.validate !== false && !mediaTypeAllowed(read.type, RECORDING_TYPES)) {
        refuseNonAudio(read.filename, read.type);
      }
      const form = new FormData();
      form.append('file', read.blob, read.filename);
      if (name !== undefined) form.append('name', name);
      return answerOrWait(
        client,
        'cloneVoice',
        // openapi-fetch sends a FormData body as is, with its multipart boundary.
        { body: form as unknown as components['schemas']['CloneVoiceRequest'] },
        whenField<SavedVoice>('voice_id'),
        requestOptions,
        wait,
      );
    },

    /** Step one of voice design: previews of a described voice, to listen to before saving one. */
    async designVoice(
      input: DesignVoiceInput,
      { wait, ...options }: AnswerOptions = {},
    ): Promise<VoicePreview[]> {
      // A job answer is waited for; a paid design never comes back as an empty list.
      const previews = (body: unknown) => {
        const list = (body as VoicePreviewsBody | undefined)?.previews;
        return Array.isArray(list) && list.length > 0 ? list : undefined;
      };
      return answerOrWait(
        client,
        'designVoice',
        { body: withExtra(input) },
        previews,
        options,
        wait,
      );
    },

    /** Step three: saves the chosen preview (or its `generated_voice_id`) as a voice of your own. */
    async saveVoice(
      preview: VoicePreview | string,
      details: SaveVoiceDetails = {},
      { wait, ...options }: AnswerOptions = {},
    ): Promise<SavedVoice> {
      const generated_voice_id = typeof preview === 'string' ? preview : preview.generated_voice_id;
      if (!generated_voice_id) {
        throw new ValidationError(
          'Horacle saveVoice needs the chosen preview, or its generated_voice_id from designVoice(); nothing was sent.',
          {
            provider: metadata.id,
            operationId: 'saveDesignedVoice',
            issues: [{ path: '/generated_voice_id', message: 'is required' }],
          },
        );
      }
      return answerOrWait(
        client,
        'saveDesignedVoice',
        { body: withExtra({ ...details, generated_voice_id }) },
        whenField<SavedVoice>('voice_id'),
        options,
        wait,
      );
    },
  };
}

/** The methods `voiceHelpers` puts on the client. */
export type VoiceHelpers = ReturnType<typeof voiceHelpers>;
