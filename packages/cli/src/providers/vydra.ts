import type { ProviderMetadata } from '@mediagen/runtime';
import { createVydraClient, metadata, type VydraClient } from '@mediagen/vydra';
import { operationTargets } from '../operation-targets.js';
import { priceTableEstimate } from '../price-table.js';
import type { JobClient, ProviderAdapter } from '../provider-adapter.js';

export const vydra: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createVydraClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  async estimate(_client, target, request) {
    const operations: ProviderMetadata['operations'] = metadata.operations;
    return priceTableEstimate(operations[target.operationId]?.prices, request.init.body);
  },
  models: (client) => (client as unknown as VydraClient).models(),
  async balance(client) {
    const balance = await (client as unknown as VydraClient).checkBalance({
      onLowBalance: () => {},
    });
    return { amount: balance.creditsRemaining, unit: 'credits', body: balance };
  },
};
