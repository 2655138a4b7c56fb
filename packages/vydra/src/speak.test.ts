import { describe, expect, it } from 'vitest';
import { createVydraClient } from './create-vydra-client.js';

describe('speak()', () => {
  it('sends a field of the model’s inputSchema the spec does not name through extra', async () => {
    const sent: unknown[] = [];
    const vydra = createVydraClient({
      apiKey: 'vydra_test_key_0123456789',
      fetch: async (request: Request) => {
        sent.push(await request.json());
        return Response.json({ audioUrl: 'https://vydra-cdn.com/audio/a.mp3' });
      },
    });
    const speech = await vydra.speak({ text: 'Hello there', extra: { stability: 0.5 } });
    expect(speech.audioUrl).toBe('https://vydra-cdn.com/audio/a.mp3');
    expect(sent).toEqual([{ text: 'Hello there', stability: 0.5 }]);
  });
});
