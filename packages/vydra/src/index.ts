export {
  type Balance,
  type BalanceHelpers,
  type BalanceOptions,
  type CheckBalance,
  DEFAULT_WARN_BELOW,
  type LowBalance,
  warnLowBalance,
} from './balance.js';
export type { CancelHelpers, CancelJob, CancelReport } from './cancel.js';
export {
  createVydraClient,
  type VydraClient,
  type VydraClientOptions,
  type VydraHelpers,
} from './create-vydra-client.js';
export { type CreditShortfall, creditShortfall } from './credit-shortfall.js';
export { type CostEstimate, estimateCost } from './estimate-cost.js';
export type { Generate, GenerateHelpers, GenerateOptions, Generation } from './generate.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths } from './generated/openapi.js';
export {
  DEFAULT_MODEL_CACHE_TTL_MS,
  type ModelCatalog,
  type ModelCatalogHelpers,
} from './model-catalog.js';
export {
  type ModelInputFor,
  type ModelRoutes,
  type ModelSlug,
  modelRoutes,
  type NamedModel,
} from './model-routes.js';
export type { Speak, SpeakHelpers, SpeakInput, Speech } from './speak.js';
export type * from './types.js';
