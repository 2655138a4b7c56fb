import { createVydraClient, estimateCost, metadata, type VydraClient } from '@mediagen/vydra';
import { operationTargets } from '../operation-targets.js';
import { packageEstimate } from '../package-estimate.js';
import type { Estimate, JobClient, ProviderAdapter } from '../provider-adapter.js';
import { vydraModelOf } from './vydra-model.js';

export const vydra: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createVydraClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  async estimate(_client, _target, request): Promise<Estimate> {
    const model = vydraModelOf(request);
    if (model === undefined)
      return { unit: 'credits', note: 'the price is per model; no model given' };
    const cost = estimateCost(model, (request.init.body ?? {}) as never);
    return packageEstimate(
      'credits',
      cost.credits,
      cost.reason,
      "an estimate; the job's creditsCharged is what is charged",
    );
  },
  models: (client) => (client as unknown as VydraClient).models(),
  async balance(client) {
    const balance = await (client as unknown as VydraClient).checkBalance({
      onLowBalance: () => {},
    });
    return { amount: balance.creditsRemaining, unit: 'credits', body: balance };
  },
};
