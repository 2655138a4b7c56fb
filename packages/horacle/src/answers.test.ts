import { describe, expect, it } from 'vitest';
import { createHoracleClient } from './create-horacle-client.js';

/** A client whose paid answer routes describe the image at once, recording what was sent. */
function describingClient() {
  const sent: unknown[] = [];
  const hc = createHoracleClient({
    apiKey: 'hc_test_answers_0123456789',
    fetch: async (request: Request) => {
      sent.push(await request.json());
      return Response.json({ description: 'a fox', prompt: 'a fox', optimized_prompt: 'a fox' });
    },
  });
  return { hc, sent };
}

describe('answer helpers', () => {
  it('send a field the spec does not name through extra, at the top of the body', async () => {
    const { hc, sent } = describingClient();
    await hc.analyzeImage({ image_url: 'https://example.com/a.jpg', extra: { detail: 'high' } });
    await hc.optimizePrompt({ prompt: 'a fox', extra: { style: 'cinematic' } });
    expect(sent).toEqual([
      { image_url: 'https://example.com/a.jpg', detail: 'high' },
      { prompt: 'a fox', style: 'cinematic' },
    ]);
  });
});
