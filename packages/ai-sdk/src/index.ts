export {
  createMediagen,
  type MediagenProvider,
  type MediagenSettings,
  mediagen,
} from './create-mediagen.js';
export type { DownloadedOutput, RequestFetch } from './download-output.js';
export type { Charge } from './finished-job.js';
export * from './happyhorse.js';
export * from './horacle.js';
export * from './killatamata.js';
export * from './kubeez.js';
export type { ProviderName } from './model-context.js';
export type {
  DownloadSettings,
  JobSettings,
  ModelSettings,
  PushedJobSettings,
} from './settings.js';
export type { MediagenErrorData } from './to-ai-sdk-error.js';
export * from './vydra.js';
