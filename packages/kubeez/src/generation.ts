import type {
  JobHandle,
  JobResult,
  JobSettled,
  RequestOptions,
  RunOptions,
} from '@mediagen/runtime';
import {
  checkedBody,
  incompleteResult,
  type ModelCheck,
  splitRunOptions,
  withExtra,
} from '@mediagen/runtime/provider';
import { mediaRunOptions } from './media-schedule.js';
import type {
  Captions,
  ExtendMediaInput,
  GenerateAdCopyInput,
  GenerateCaptionsInput,
  GenerateDialogueInput,
  GeneratedMedia,
  GenerateMediaInput,
  GenerateMusicInput,
  GenerateSeparationInput,
  Generation,
  KubeezBaseClient,
  SeparatedAudio,
} from './types.js';

export type AdCopyOptions = Omit<RunOptions, 'cancelOnAbort'>;

export interface GeneratedAdCopy {
  /** Groups the creatives of this request. */
  projectId: string;
  /** One per creative, in `generation_ids` order: keep them to resume with `waitAll(handles)`. */
  handles: JobHandle[];
  /** Settled like `Promise.allSettled`, one per creative. */
  results: JobSettled<Generation>[];
}

/** A completed job whose answer lacks what the helper returns. It was paid for: keep its handle. */

function withUrl(result: JobResult<Generation>): GeneratedMedia {
  const url = result.outputs[0];
  if (url === undefined) {
    throw incompleteResult(
      result,
      `Kubeez job ${result.handle.id} completed without an output URL`,
    );
  }
  return { ...result, url };
}

/**
 * Generate-and-wait helpers, one per generation route. Each submits through `client.run`, which
 * polls the status route the spec links to (dialogue and extend poll `/v1/generate/media/{id}`,
 * music `/v1/generate/music/{id}`, separation `/v1/generate/separation/{id}`) on the documented
 * backoff. Paid submits are validated against the spec before they are sent.
 */
export function generationHelpers(client: KubeezBaseClient, checkModel?: ModelCheck) {
  const bodyOf = <Body>(operationId: string, input: object & { model?: unknown }) =>
    checkedBody<Body>(checkModel, operationId, input);
  return {
    /** Starts an image or video job and waits for it (workflow A). */
    async generateMedia(input: GenerateMediaInput, options?: RunOptions): Promise<GeneratedMedia> {
      const runOptions = mediaRunOptions(input, options);
      return withUrl(
        await client.run(
          'generateMedia',
          { body: await bodyOf('generateMedia', input) },
          runOptions,
        ),
      );
    },

    /** Extends a completed Veo 3.1 video (flat price: lite 45, fast 75, quality 300 credits). */
    async extendMedia(input: ExtendMediaInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withUrl(await client.run('extendMedia', { body: withExtra(input) }, options));
    },

    /** Simple `{model, prompt}` or advanced `{model, title, style, lyrics|song_description, vocal_gender}`. */
    async generateMusic(input: GenerateMusicInput, options?: RunOptions): Promise<GeneratedMedia> {
      return withUrl(
        await client.run('generateMusic', { body: await bodyOf('generateMusic', input) }, options),
      );
    },

    /** Single-voice TTS; the job is polled on the media status route (workflow D). */
    async generateDialogue(
      input: GenerateDialogueInput,
      options?: RunOptions,
    ): Promise<GeneratedMedia> {
      return withUrl(
        await client.run(
          'generateDialogue',
          { body: await bodyOf('generateDialogue', input) },
          options,
        ),
      );
    },

    /** Splits a track into vocals and instrumental. */
    async separateAudio(
      input: GenerateSeparationInput,
      options?: RunOptions,
    ): Promise<SeparatedAudio> {
      const result = await client.run(
        'generateSeparation',
        { body: await bodyOf('generateSeparation', input) },
        options,
      );
      const outputs = result.body.outputs ?? [];
      // The spec assumes a `stem` label on each output, with vocals first when it is absent.
      const vocals = outputs.find((o) => o.stem === 'vocals') ?? outputs[0];
      const instrumental =
        outputs.find((o) => o.stem === 'instrumental') ?? outputs.find((o) => o !== vocals);
      if (!vocals || !instrumental) {
        throw incompleteResult(
          result,
          `Kubeez separation ${result.handle.id} completed without both stems`,
        );
      }
      return { ...result, vocalsUrl: vocals.url, instrumentalUrl: instrumental.url };
    },

    /**
     * Starts the ad creatives (one media job per variant) and waits for all of them on one shared
     * schedule; `waitAll` polls them in bulk through `GET /v1/generations` where it lists them.
     */
    async generateAdCopy(
      input: GenerateAdCopyInput,
      options: AdCopyOptions = {},
    ): Promise<GeneratedAdCopy> {
      const { request, wait } = splitRunOptions(options);
      const { handles, body } = await client.submit(
        'generateAdCopy',
        { body: withExtra(input) },
        request,
      );
      const results = await client.waitAll<Generation>(handles, wait);
      return { projectId: body.project_id, handles, results };
    },

    /** Word-level captions for a video. Synchronous: no job, no polling. */
    transcribe(input: GenerateCaptionsInput, options?: RequestOptions): Promise<Captions> {
      return client.call('generateCaptions', { body: withExtra(input) }, options);
    },
  };
}

/** The methods `generationHelpers` puts on the client. */
export type GenerationHelpers = ReturnType<typeof generationHelpers>;
