/**
 * Every adapter's estimate is its package's `estimateCost`, in the unit that helper names: the CLI
 * restates no price. A job the provider documents no price for has no figure.
 */
import * as happyhorsePackage from '@mediagen/happyhorse';
import * as killatamataPackage from '@mediagen/killatamata';
import * as vydraPackage from '@mediagen/vydra';
import { describe, expect, it } from 'vitest';
import { findTarget } from '../find-target.js';
import type { ProviderAdapter } from '../provider-adapter.js';
import { happyhorse } from './happyhorse.js';
import { killatamata } from './killatamata.js';
import { vydra } from './vydra.js';

async function estimate(adapter: ProviderAdapter, job: string, input: Record<string, unknown>) {
  const client = adapter.createClient({
    apiKey: 'test',
    fetch: () => Promise.reject(new Error('no network')),
  });
  const target = findTarget(adapter, job);
  return adapter.estimate!(client, target, target.request(input));
}

const veo = { prompt: 'A lake at dawn' };
const grokImage = { prompt: 'A fox', model: 'text-to-image' } as const;
const pro5s = { prompt: 'A fox', mode: 'pro', duration: 5 } as const;
const std10sSilent = { prompt: 'A fox', mode: 'std', duration: 10, sound: false } as const;
const speech = { text: 'Hello', provider: 'gemini' } as const;

describe('adapter estimates', () => {
  it.each([
    [
      'Vydra Veo 3',
      vydra,
      'generateVeo3',
      veo,
      'credits',
      vydraPackage.estimateCost('veo3', veo).credits,
    ],
    [
      'Vydra Grok Imagine, an image',
      vydra,
      'generateGrokImagine',
      grokImage,
      'credits',
      vydraPackage.estimateCost('grok-imagine', grokImage).credits,
    ],
    [
      'Vydra ElevenLabs TTS',
      vydra,
      'generateElevenLabsTts',
      { text: 'Hi', voice_id: 'v' },
      'credits',
      vydraPackage.estimateCost('elevenlabs/tts', { text: 'Hi', voice_id: 'v' }).credits,
    ],
    [
      'Vydra Veo 3 through any-model',
      vydra,
      'generateWithModel',
      { modelSlug: 'veo3', ...veo },
      'credits',
      vydraPackage.estimateCost('veo3', veo).credits,
    ],
    [
      'HappyHorse pro, 5 s',
      happyhorse,
      'createTask',
      pro5s,
      'credits',
      happyhorsePackage.estimateCost(pro5s).credits,
    ],
    [
      'HappyHorse std, 10 s, silent',
      happyhorse,
      'createTask',
      std10sSilent,
      'credits',
      happyhorsePackage.estimateCost(std10sSilent).credits,
    ],
    [
      'Killa Tamata speech',
      killatamata,
      'audio.speak',
      speech,
      'USD',
      killatamataPackage.estimateCost('audio.speak', speech).usd,
    ],
  ] as const)('%s', async (_, adapter, job, input, unit, amount) => {
    expect(amount).toEqual(expect.any(Number));
    expect(await estimate(adapter, job, input)).toMatchObject({ unit, amount });
  });

  it.each([
    [
      'a Vydra model with no documented price',
      vydra,
      'generateWithModel',
      { modelSlug: 'whisper', audio_url: 'https://x/a.mp3' },
    ],
    [
      'a Killa Tamata image (no documented formula)',
      killatamata,
      'image.generate',
      { prompt: 'A fox' },
    ],
  ] as const)('%s has no figure, and says why', async (_, adapter, job, input) => {
    const figure = await estimate(adapter, job, input);
    expect(figure.amount).toBeUndefined();
    expect(figure.min).toBeUndefined();
    expect(figure.note).toMatch(/no documented price/);
  });
});
