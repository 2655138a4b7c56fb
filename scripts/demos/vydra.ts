import { createVydraClient } from '@mediagen/vydra';
import type { Demo } from './demo.ts';

export const demo: Demo = {
  title: 'Veo 3 text-to-video, 9:16, with progress',
  async run({ baseUrl, apiKey, schedule, onProgress, log }) {
    const vydra = createVydraClient({
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
      lowBalance: { onLowBalance: (b) => log(`  low balance: ${b.creditsRemaining} credits`) },
    });
    const balance = await vydra.checkBalance();
    log(`  balance: ${balance.creditsRemaining} credits (${balance.plan} plan)`);
    const job = await vydra.generate(
      'veo3',
      { prompt: 'A serene lake at sunset', aspect_ratio: '9:16' },
      { onProgress, ...(schedule ? { schedule } : {}) },
    );
    return job.outputs;
  },
};
