import { describe, expect, it } from 'vitest';
import { estimateCost } from './estimate-cost.js';

const prompt = 'A serene lake at sunset';

describe('estimateCost: the doc Credit Pricing table, per route', () => {
  it.each<[string, string, object, number | undefined]>([
    ['Veo 3', 'veo3', { prompt, aspect_ratio: '9:16' }, 175],
    ['Grok Imagine image', 'grok-imagine', { prompt, model: 'text-to-image' }, 8],
    ['Grok Imagine text-to-video', 'grok-imagine', { prompt, model: 'text-to-video' }, 150],
    ['Grok Imagine image-to-video', 'grok-imagine', { prompt, model: 'image-to-video' }, 150],
    ['Grok Imagine without a model: undocumented', 'grok-imagine', { prompt }, undefined],
    [
      'Kling Motion Control',
      'kling-motion-control',
      { image_url: 'https://a.example/i.png', video_url: 'https://a.example/v.mp4' },
      350,
    ],
    ['ASMR theme', 'asmr-generator', { theme: 'kinetic_sand' }, 175],
    ['ASMR custom prompt', 'asmr-generator', { customPrompt: 'soap' }, 175],
    ['ElevenLabs TTS, per request', 'elevenlabs/tts', { text: 'Hello', voice_id: 'v' }, 5],
    ['a slug the doc prices without naming', 'whisper', { audio_url: 'u' }, undefined],
  ])('%s', (_name, model, input, credits) => {
    const estimate = estimateCost(model, input as never);
    expect(estimate.estimate).toBe(true);
    expect(estimate.credits).toBe(credits);
  });

  it('says why there is no figure, and where the live price is', () => {
    expect(estimateCost('whisper', {}).reason).toBe(
      "whisper has no documented price formula; see its catalog row's creditsPerUnit (models())",
    );
    expect(estimateCost('grok-imagine', { prompt }).reason).toContain(
      'has no documented price for these options',
    );
  });

  it('prices every generation route the spec declares', async () => {
    const { metadata } = await import('./generated/metadata.js');
    const unpriced = Object.entries(metadata.operations)
      .filter(([, op]) => 'paid' in op && op.paid && !('priceFormulas' in op))
      .map(([id]) => id);
    expect(unpriced).toEqual([]);
  });
});
