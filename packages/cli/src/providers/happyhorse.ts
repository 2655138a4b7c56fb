import {
  createHappyHorseClient,
  estimateCost,
  type GenerateVideoInput,
  metadata,
} from '@mediagen/happyhorse';
import { operationTargets } from '../operation-targets.js';
import { packageEstimate } from '../package-estimate.js';
import type { Estimate, JobClient, ProviderAdapter } from '../provider-adapter.js';

export const happyhorse: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createHappyHorseClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  async estimate(_client, _target, request): Promise<Estimate> {
    const cost = estimateCost((request.init.body ?? {}) as GenerateVideoInput);
    return packageEstimate(
      'credits',
      cost.credits,
      cost.reason,
      "an estimate; the task's consumed_credits is what is charged",
    );
  },
  // The doc names one model and no catalog or balance route.
  models: async () => [metadata.operations.createTask.input.anyOf[0].properties.model.const],
};
