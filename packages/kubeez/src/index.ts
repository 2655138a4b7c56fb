export { DEFAULT_CATALOG_TTL_MS } from './catalog.js';
export { type CostPreview, EXTEND_PRICES } from './cost-preview.js';
export {
  createKubeezClient,
  type KubeezClient,
  type KubeezClientOptions,
  type KubeezMetadata,
} from './create-kubeez-client.js';
export type { GenerateFromFileOptions } from './generate-from-file.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { AdCopyOptions, GeneratedAdCopy } from './generation.js';
export type * from './types.js';
export {
  UPLOAD_MAX_BYTES,
  type UploadedFile,
  type UploadOptions,
  type UploadSource,
} from './upload.js';
