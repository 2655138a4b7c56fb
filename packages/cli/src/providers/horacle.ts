import { createHoracleClient, type HoracleClient, metadata } from '@mediagen/horacle';
import { operationTargets } from '../operation-targets.js';
import type { Estimate, JobClient, ProviderAdapter } from '../provider-adapter.js';

export const horacle: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createHoracleClient(options) as unknown as JobClient,
  targets: () => operationTargets(metadata),
  async estimate(client, _target, request): Promise<Estimate> {
    const body = (request.init.body ?? {}) as { model?: string; duration?: number };
    if (typeof body.model !== 'string') return { unit: 'credits', note: 'no model given' };
    const preview = (client as unknown as HoracleClient).previewCost(
      body.model,
      typeof body.duration === 'number' ? { durationS: body.duration } : {},
    );
    const unit = 'credits';
    switch (preview.billing) {
      case 'flat':
        return { unit, amount: preview.credits, note: preview.note };
      case 'range':
        return { unit, min: preview.min, max: preview.max, note: preview.note };
      case 'per-second':
        return {
          unit,
          ...(preview.credits !== undefined ? { amount: preview.credits } : {}),
          note: preview.note,
        };
      default:
        return { unit, note: preview.note };
    }
  },
  models: (client) => client.call('listModels', {}),
  async balance(client) {
    const body = (await client.call('getCreditBalance', {})) as { credits?: number };
    return {
      ...(typeof body.credits === 'number' ? { amount: body.credits } : {}),
      unit: 'credits',
      body,
    };
  },
};
