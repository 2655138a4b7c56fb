export type { AnswerOptions } from './answer-or-wait.js';
export type { AnswerHelpers } from './answers.js';
export type { BatchHelpers } from './batch.js';
export type { CostPreviewHelpers } from './cost-preview.js';
export { type CostPreview, quote } from './cost-preview.js';
export {
  createHoracleClient,
  DEFAULT_MODEL_CATALOG_TTL_MS,
  type HoracleClient,
  type HoracleClientOptions,
} from './create-horacle-client.js';
export type { FileSource, FileSourceOptions } from './file-source.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths, webhooks } from './generated/openapi.js';
export type { GenerationHelpers } from './generation.js';
export type { HeygenHelpers } from './heygen.js';
export { type MediaKind, mediaKindOf, mediaTypeOf } from './media-type.js';
export type * from './types.js';
export type { UploadHelpers } from './upload.js';
export { DEFAULT_UPLOAD_TIMEOUT_MS, type UploadedFile, type UploadOptions } from './upload.js';
export type { CloneVoiceOptions, SaveVoiceDetails, VoiceHelpers } from './voices.js';
export type { WebhookHelpers } from './webhooks.js';
export {
  MIN_WEBHOOK_TOKEN_LENGTH,
  type WebhookDelivery,
  type WebhookHandlerOptions,
  webhookUrl,
} from './webhooks.js';
