import type { JobResult } from '@mediagen/runtime';
import type { ProviderClient } from '@mediagen/runtime/provider';
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

/** A generated body type with its index signature dropped and `model` re-typed, then reopened. */
type WithModel<Body, Model> = {
  [K in keyof Body as string extends K ? never : K]: K extends 'model' ? Model : Body[K];
} & { [key: string]: unknown };

export type GenerateImageInput = WithModel<Schemas['GenerateImageRequest'], ImageModel>;
export type GenerateVideoInput = WithModel<Schemas['GenerateVideoRequest'], VideoModel>;
export type TextToSpeechInput = WithModel<Schemas['TextToSpeechRequest'], TtsModel>;
export type GenerateMusicInput = Schemas['GenerateMusicRequest'];
export type HeygenGenerateInput = Schemas['HeygenGenerateRequest'];
export type HeygenTranslateInput = Schemas['HeygenTranslateRequest'];
export type DesignVoiceInput = Schemas['DesignVoiceRequest'];
export type SaveVoiceInput = Schemas['SaveVoiceRequest'];
export type RegisterWebhookInput = Schemas['RegisterWebhookRequest'];

/** A generation's status body (also the assumed webhook payload). */
export type Generation = Schemas['Generation'];
export type HeygenStatus = Schemas['HeygenStatus'];
export type SavedVoice = Schemas['SavedVoice'];
export type VoicePreviews = Schemas['VoicePreviews'];
export type VoicePreview = NonNullable<VoicePreviews['previews']>[number];
export type UploadLink = Schemas['UploadLink'];
export type Webhook = Schemas['Webhook'];
export type WebhookList = Schemas['WebhookList'];

/** A completed job with its `result_url` pulled out. */
export interface GeneratedMedia<Body = Generation> extends JobResult<Body> {
  /** The output (`result_url`). */
  url: string;
}
