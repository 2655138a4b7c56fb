export { createHappyHorseClient, type HappyHorseClient } from './create-happyhorse-client.js';
export { type CostEstimate, estimateCost } from './estimate-cost.js';
export {
  type GeneratedVideo,
  type GenerateRequest,
  type GenerateVideoHelpers,
  type GenerateVideoInput,
  type HappyHorseBaseClient,
  type HappyHorseMetadata,
  type HappyHorseModel,
  type HappyHorseTask,
  MODEL,
  type MultiShotInput,
  type SingleShotInput,
} from './generate-video.js';
export { metadata } from './generated/metadata.js';
export type { components, operations, paths } from './generated/openapi.js';
