import type { JobResult } from '@mediagen/runtime';
import type { DocumentedFields, ExtraFields, ProviderBase } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** The client every helper is built on: the typed openapi-fetch client plus the runtime's job API. */
export type KubeezBaseClient = ProviderBase<paths, operations, KubeezMetadata>;

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type KubeezMetadata = typeof metadata;

// Each helper's input is the body's documented fields with their types (a misspelled key does not
// compile), plus `extra` for a field the spec does not name. Interfaces, so hovers show the name.
type Documented<Name extends keyof Schemas> = DocumentedFields<Schemas[Name]>;
type MediaRequest = Documented<'GenerateMediaRequest'>;
type ExtendRequest = Documented<'ExtendMediaRequest'>;
type DialogueRequest = Documented<'GenerateDialogueRequest'>;
type CaptionsRequest = Documented<'GenerateCaptionsRequest'>;
type SeparationRequest = Documented<'GenerateSeparationRequest'>;
type AdCopyRequest = Documented<'GenerateAdCopyRequest'>;

/** `generateMedia`: an image or video job (workflow A). */
export interface GenerateMediaInput extends MediaRequest, ExtraFields {}
/** `extendMedia`: extends a Veo 3.1 video. */
export interface ExtendMediaInput extends ExtendRequest, ExtraFields {}
/** A documented extend model (the body also takes `null`, read as the default `fast`). */
export type ExtendModel = NonNullable<Schemas['ExtendModel']>;
/** `generateMusic`: simple, advanced with lyrics, or advanced with a description. */
export type GenerateMusicInput = DocumentedFields<Schemas['GenerateMusicRequest']> & ExtraFields;
/** `generateDialogue`: single-voice text to speech. */
export interface GenerateDialogueInput extends DialogueRequest, ExtraFields {}
export type Voice = Schemas['Voice'];
/** `transcribe`: word-level captions of a video. */
export interface GenerateCaptionsInput extends CaptionsRequest, ExtraFields {}
/** `separateAudio`: vocals and instrumental of a track. */
export interface GenerateSeparationInput extends SeparationRequest, ExtraFields {}
/** `generateAdCopy`: ad creatives from a reference ad. */
export interface GenerateAdCopyInput extends AdCopyRequest, ExtraFields {}

type GenerationBody = Schemas['Generation'];
type SeparationBody = Schemas['Separation'];
type CaptionsBody = Schemas['CaptionsResponse'];
type UploadBody = Schemas['UploadResponse'];
type AssetBody = Schemas['Asset'];
type ModelRowBody = Schemas['ModelRow'];

/** A media, extend, dialogue, ad-copy or music job's status body. */
export interface Generation extends GenerationBody {}
/** A separation job's status body. */
export interface Separation extends SeparationBody {}
/** The captions of `transcribe`. */
export interface Captions extends CaptionsBody {}
/** The answer of `POST /v1/upload/media`. */
export interface UploadResult extends UploadBody {}
/** One saved asset, with a freshly signed `url`. */
export interface Asset extends AssetBody {}
export type AssetList = Schemas['AssetList'];
/** One model of the catalog. */
export interface ModelRow extends ModelRowBody {}
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
