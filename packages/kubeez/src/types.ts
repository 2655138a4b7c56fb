import type { JobResult } from '@mediagen/runtime';
import type { ProviderBase } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** The client every helper is built on: the typed openapi-fetch client plus the runtime's job API. */
export type KubeezBaseClient = ProviderBase<paths, operations, KubeezMetadata>;

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type KubeezMetadata = typeof metadata;

export type GenerateMediaInput = Schemas['GenerateMediaRequest'];
export type ExtendMediaInput = Schemas['ExtendMediaRequest'];
export type ExtendModel = Schemas['ExtendModel'];
export type GenerateMusicInput = Schemas['GenerateMusicRequest'];
export type GenerateDialogueInput = Schemas['GenerateDialogueRequest'];
export type Voice = Schemas['Voice'];
export type GenerateCaptionsInput = Schemas['GenerateCaptionsRequest'];
export type GenerateSeparationInput = Schemas['GenerateSeparationRequest'];
export type GenerateAdCopyInput = Schemas['GenerateAdCopyRequest'];

/** A media, extend, dialogue, ad-copy or music job's status body. */
export type Generation = Schemas['Generation'];
export type Separation = Schemas['Separation'];
export type Captions = Schemas['CaptionsResponse'];
export type UploadResult = Schemas['UploadResponse'];
export type Asset = Schemas['Asset'];
export type AssetList = Schemas['AssetList'];
export type ModelRow = Schemas['ModelRow'];
export type ModelCatalog = Schemas['ModelCatalog'];

/** A completed job with its first output URL pulled out. */
export interface GeneratedMedia extends JobResult<Generation> {
  /** The first output URL (`outputs[0].url`). Every URL is in `outputs`. */
  url: string;
}

/** A completed separation with each stem's URL. */
export interface SeparatedAudio extends JobResult<Separation> {
  vocalsUrl: string;
  instrumentalUrl: string;
}
