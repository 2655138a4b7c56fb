export type { AssetHelpers } from './assets.js';
export type { CatalogHelpers } from './catalog.js';
export { DEFAULT_CATALOG_TTL_MS } from './catalog.js';
export type { CostPreviewHelpers } from './cost-preview.js';
export { type CostPreview, EXTEND_PRICES } from './cost-preview.js';
export {
  createKubeezClient,
  type KubeezClient,
  type KubeezClientOptions,
} from './create-kubeez-client.js';
export type { GenerateFromFileHelpers, GenerateFromFileOptions } from './generate-from-file.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { AdCopyOptions, GeneratedAdCopy, GenerationHelpers } from './generation.js';
export type * from './types.js';
export type { UploadHelpers } from './upload.js';
export {
  UPLOAD_MAX_BYTES,
  type UploadedFile,
  type UploadOptions,
  type UploadSource,
} from './upload.js';
