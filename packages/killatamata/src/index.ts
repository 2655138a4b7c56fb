export type {
  AccountHelpers,
  CreatedKey,
  KeySummary,
  KillaTamataBalance,
  RevokedKey,
} from './account.js';
export type { CallbackHandlerHelpers, CallbackHandlerOptions } from './callback-handler.js';
export {
  createKillaTamataClient,
  type KillaTamataClient,
} from './create-killatamata-client.js';
export type { DeviceLink, DeviceLinkHelpers, PollDeviceLinkOptions } from './device-link.js';
export { type CostEstimate, type EstimateCostHelpers, estimateCost } from './estimate-cost.js';
export {
  type CallbackTarget,
  callbackUrl,
  type Generate,
  type GenerateHelpers,
  type GenerateOptions,
  type Generation,
} from './generate.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths } from './generated/openapi.js';
export { SecretKey } from './secret-key.js';
export type * from './types.js';
