import type { JobResult } from '@mediagen/runtime';
import type { DocumentedFields, ExtraFields, ProviderClient } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];
type Operations = typeof metadata.operations;

/** The client every helper is built on: the typed openapi-fetch client plus the runtime's job API. */
export type HoracleBaseClient = ProviderClient<paths, operations, HoracleMetadata>;

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type HoracleMetadata = typeof metadata;

/** The documented names of a model schema `anyOf: [{enum}, {type: string}]`, from the metadata. */
type DocumentedNames<Model> = Model extends {
  anyOf: readonly [{ enum: readonly (infer N)[] }, ...unknown[]];
}
  ? N
  : never;

/**
 * The generated type of an open model name is `'a' | 'b' | string`, which TypeScript collapses to
 * `string`. `(string & {})` keeps the documented names offered for completion while any name the
 * live catalog adds still type-checks.
 */
type OpenName<Known> = Known | (string & {});

export type DocumentedImageModel = DocumentedNames<
  Operations['generateImage']['input']['properties']['model']
>;
export type DocumentedVideoModel = DocumentedNames<
  Operations['generateVideo']['input']['properties']['model']
>;
export type DocumentedTtsModel = DocumentedNames<
  Operations['textToSpeech']['input']['properties']['model']
>;
export type ImageModel = OpenName<DocumentedImageModel>;
export type VideoModel = OpenName<DocumentedVideoModel>;
export type TtsModel = OpenName<DocumentedTtsModel>;

/** A body's documented fields with `model` re-typed to keep its documented names completing. */
type WithModel<Body, Model> = {
  [K in keyof DocumentedFields<Body>]: K extends 'model' ? Model : DocumentedFields<Body>[K];
};
type Documented<Name extends keyof Schemas> = DocumentedFields<Schemas[Name]>;
type ImageRequest = WithModel<Schemas['GenerateImageRequest'], ImageModel>;
type VideoRequest = WithModel<Schemas['GenerateVideoRequest'], VideoModel>;
type SpeechRequest = WithModel<Schemas['TextToSpeechRequest'], TtsModel>;
type MusicRequest = Documented<'GenerateMusicRequest'>;
type HeygenRequest = Documented<'HeygenGenerateRequest'>;
type TranslateRequest = Documented<'HeygenTranslateRequest'>;
type DesignRequest = Documented<'DesignVoiceRequest'>;
type SaveRequest = Documented<'SaveVoiceRequest'>;
type WebhookRequest = Documented<'RegisterWebhookRequest'>;
type BatchRequest = Documented<'BatchGenerateRequest'>;
type CampaignRequest = WithModel<Schemas['VideoCampaignRequest'], VideoModel>;

// Each helper's input: the documented fields with their types (a misspelled key does not compile),
// plus `extra` for a field the spec does not name. Interfaces, so hovers show the name.
/** `generateImage`: text-to-image, or image-to-image with `reference_images`. */
export interface GenerateImageInput extends ImageRequest, ExtraFields {}
/** `generateVideo`: text-to-video, or image-to-video with `image_url`. */
export interface GenerateVideoInput extends VideoRequest, ExtraFields {}
/** `textToSpeech`: an ElevenLabs voice reading `text`. */
export interface TextToSpeechInput extends SpeechRequest, ExtraFields {}
/** `generateMusic`: music from a prompt. */
export interface GenerateMusicInput extends MusicRequest, ExtraFields {}
/** `heygen.generate`: a talking-avatar video. */
export interface HeygenGenerateInput extends HeygenRequest, ExtraFields {}
/** `heygen.translate`: a video's speech translated. */
export interface HeygenTranslateInput extends TranslateRequest, ExtraFields {}
/** `designVoice`: a described voice, previewed before it is saved. */
export interface DesignVoiceInput extends DesignRequest, ExtraFields {}
/** `saveVoice`'s details: the name and description of the saved voice. */
export interface SaveVoiceInput extends SaveRequest, ExtraFields {}
/** `registerWebhook`: where Horacle posts generation events. */
export interface RegisterWebhookInput extends WebhookRequest, ExtraFields {}
/** `batchGenerate`: parallel variations of one prompt. */
export interface BatchGenerateInput extends BatchRequest, ExtraFields {}
/** `createVideoCampaign`: a multi-video campaign. */
export interface VideoCampaignInput extends CampaignRequest, ExtraFields {}

type GenerationBody = Schemas['Generation'];
type HeygenStatusBody = Schemas['HeygenStatus'];
/** A generation's status body (also the assumed webhook payload). */
export interface Generation extends GenerationBody {}
/** A HeyGen task's status body, `GET /heygen/status`. */
export interface HeygenStatus extends HeygenStatusBody {}
export type SavedVoice = Schemas['SavedVoice'];
export type VoicePreviews = Schemas['VoicePreviews'];
export type VoicePreview = NonNullable<VoicePreviews['previews']>[number];
export type UploadLink = Schemas['UploadLink'];
type WebhookBody = Schemas['Webhook'];
type WebhookListBody = Schemas['WebhookList'];
type AvatarListBody = Schemas['HeygenAvatarList'];
type VoiceListBody = Schemas['HeygenVoiceList'];
/** A registered webhook. */
export interface Webhook extends WebhookBody {}
/** The registered webhooks, `GET /webhooks`. */
export interface WebhookList extends WebhookListBody {}
/** HeyGen's avatars, `heygen.listAvatars()`. */
export interface HeygenAvatarList extends AvatarListBody {}
/** HeyGen's voices, `heygen.listVoices()`. */
export interface HeygenVoiceList extends VoiceListBody {}

/** A completed generation with its `result_url` pulled out. */
export interface GeneratedMedia extends JobResult<Generation> {
  /** The output (`result_url`). */
  url: string;
}

/** A completed HeyGen video with its `result_url` pulled out. */
export interface GeneratedHeygenVideo extends JobResult<HeygenStatus> {
  /** The output (`result_url`). */
  url: string;
}
