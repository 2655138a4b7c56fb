import { createHappyHorseClient, metadata } from '@mediagen/happyhorse';
import { operationTargets } from '../operation-targets.js';
import type { JobClient, ProviderAdapter } from '../provider-adapter.js';

export const happyhorse: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createHappyHorseClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  // The doc names one model and no price, catalog or balance route.
  models: async () => [metadata.operations.createTask.input.anyOf[0].properties.model.const],
};
