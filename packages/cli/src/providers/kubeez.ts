import { createKubeezClient, type KubeezClient, metadata } from '@mediagen/kubeez';
import { operationTargets } from '../operation-targets.js';
import type { Estimate, JobClient, ProviderAdapter } from '../provider-adapter.js';

export const kubeez: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createKubeezClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  async estimate(client, _target, request): Promise<Estimate> {
    const kubeezClient = client as unknown as KubeezClient;
    const body = (request.init.body ?? {}) as {
      model?: string;
      extend_model?: 'lite' | 'fast' | 'quality';
    };
    const unit = 'credits';
    if (request.operationId === 'extendMedia')
      return {
        unit,
        amount: kubeezClient.previewExtendCost(body.extend_model),
        note: 'flat, per extend',
      };
    if (typeof body.model !== 'string')
      return { unit, note: 'the price is per model; no model given' };
    const preview = await kubeezClient.previewCost(body.model);
    return preview.billing === 'flat' && preview.cost_per_generation !== null
      ? {
          unit,
          amount: preview.cost_per_generation,
          note: 'flat, per generation (Kubeez does not refund)',
        }
      : { unit, note: preview.cost_note ?? `no price in the catalog for ${body.model}` };
  },
  models: (client) => (client as unknown as KubeezClient).getCatalog(),
  async balance(client) {
    const body = (await client.call('getBalance', {})) as { credits?: number };
    return {
      ...(typeof body.credits === 'number' ? { amount: body.credits } : {}),
      unit: 'credits',
      body,
    };
  },
};
