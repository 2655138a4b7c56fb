import type { RequestOptions, RunOptions } from '@mediagen/runtime';
import { withExtra } from '@mediagen/runtime/provider';
import { withResultUrl } from './generation.js';
import type {
  GeneratedHeygenVideo,
  HeygenAvatarList,
  HeygenGenerateInput,
  HeygenTranslateInput,
  HeygenVoiceList,
  HoracleBaseClient,
} from './types.js';

/**
 * HeyGen talking avatars. Their jobs answer a `task_id` and are polled on their own route,
 * `GET /heygen/status?task_id=…`, which the spec links them to.
 */
export function heygenHelpers(client: HoracleBaseClient) {
  return {
    heygen: {
      /** A talking-avatar video: submits, then waits on `GET /heygen/status`. */
      async generate(
        input: HeygenGenerateInput,
        options?: RunOptions,
      ): Promise<GeneratedHeygenVideo> {
        return withResultUrl(
          await client.run('generateHeygenVideo', { body: withExtra(input) }, options),
        );
      },

      /** A video's speech translated: submits, then waits on `GET /heygen/status`. */
      async translate(
        input: HeygenTranslateInput,
        options?: RunOptions,
      ): Promise<GeneratedHeygenVideo> {
        return withResultUrl(
          await client.run('translateHeygenVideo', { body: withExtra(input) }, options),
        );
      },

      listAvatars: (options?: RequestOptions): Promise<HeygenAvatarList> =>
        client.call('listHeygenAvatars', {}, options),
      listVoices: (options?: RequestOptions): Promise<HeygenVoiceList> =>
        client.call('listHeygenVoices', {}, options),
    },
  };
}

/** The methods `heygenHelpers` puts on the client. */
export type HeygenHelpers = ReturnType<typeof heygenHelpers>;
