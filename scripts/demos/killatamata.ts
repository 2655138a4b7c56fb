import { createKillaTamataClient } from '@mediagen/killatamata';
import type { Demo } from './demo.ts';

const input = { prompt: 'cinematic fox astronaut', width: 1024, height: 1024 } as const;

export const demo: Demo = {
  title: 'image.generate, 1024×1024, idempotent submit',
  async run({ baseUrl, apiKey, schedule, onProgress, log }) {
    const client = createKillaTamataClient({
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    });
    const estimate = client.estimateCost('image.generate', input);
    if (estimate.usd !== undefined) log(`estimated $${estimate.usd} (the server's hold decides)`);
    const image = await client.generate('image.generate', input, {
      onProgress,
      ...(schedule ? { schedule } : {}),
    });
    if (image.billing?.usdCharged) log(`charged $${image.billing.usdCharged}`);
    return image.outputUrls;
  },
};
