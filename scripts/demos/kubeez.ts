import { createKubeezClient } from '@mediagen/kubeez';
import type { Demo } from './demo.ts';

export const demo: Demo = {
  title: 'text-to-image, nano-banana-2, 1:1',
  async run({ baseUrl, apiKey, schedule, onProgress, log }) {
    const client = createKubeezClient({
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    });
    const cost = await client.previewCost('nano-banana-2');
    log(
      `  cost from the catalog: ${cost.billing === 'flat' ? `${cost.cost_per_generation} credits` : (cost.cost_note ?? 'see the catalog')} (no refunds)`,
    );
    const image = await client.generateMedia(
      {
        model: 'nano-banana-2',
        prompt: 'matte-black headphones on marble, soft studio light',
        aspect_ratio: '1:1',
      },
      { onProgress, ...(schedule ? { schedule } : {}) },
    );
    return [image.url];
  },
};
