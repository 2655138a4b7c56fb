import { createHoracleClient } from '@mediagen/horacle';
import type { Demo } from './demo.ts';

export const demo: Demo = {
  title: 'image with a reference, gpt-image-2, 1:1',
  async run({ baseUrl, apiKey, schedule, onProgress, log }) {
    const client = createHoracleClient({
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    });
    log(`  cost: ${client.previewCost('gpt-image-2').note} Failed generations are refunded.`);
    const image = await client.generateImage(
      {
        model: 'gpt-image-2',
        prompt: 'Editorial portrait, soft window light, 35mm film grain',
        aspect_ratio: '1:1',
        reference_images: ['https://example.com/ref.jpg'],
      },
      { onProgress, ...(schedule ? { schedule } : {}) },
    );
    return [image.url];
  },
};
