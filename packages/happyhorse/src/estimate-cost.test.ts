import { describe, expect, it } from 'vitest';
import { estimateCost } from './estimate-cost.js';
import type { GenerateVideoInput } from './index.js';

const prompt = 'A majestic eagle soaring through clouds at sunset';
const shots = (...durations: number[]) =>
  durations.map((duration, i) => ({ prompt: `shot ${i}`, duration }));

describe('estimateCost', () => {
  it.each<[string, GenerateVideoInput, number]>([
    ['defaults: std, 5 s, with audio (60/s)', { prompt }, 300],
    ['the doc task: pro 5 s, audio by default (80/s)', { prompt, mode: 'pro', duration: 5 }, 400],
    ['pro without audio (54/s)', { prompt, mode: 'pro', duration: 10, sound: false }, 540],
    ['std without audio (40/s)', { prompt, mode: 'std', duration: 3, sound: false }, 120],
    ['std with audio, 15 s', { prompt, mode: 'std', duration: 15, sound: true }, 900],
    [
      'multi-shot: the sum of the shots',
      { multi_shots: true, sound: true, mode: 'pro', multi_prompt: shots(3, 4, 3) },
      800,
    ],
    [
      'multi-shot without audio, five shots',
      { multi_shots: true, sound: false, multi_prompt: shots(1, 2, 3, 4, 5) },
      600,
    ],
    [
      'multi-shot with an explicit duration',
      { multi_shots: true, sound: false, duration: 10, multi_prompt: shots(3, 4, 3) },
      400,
    ],
  ])('%s', (_name, input, credits) => {
    expect(estimateCost(input)).toEqual({ credits, estimate: true });
  });

  it('gives no figure for a model the doc does not price', () => {
    const input = { model: 'happyhorse-2.0/video', prompt } as unknown as GenerateVideoInput;
    expect(estimateCost(input)).toMatchObject({ credits: undefined, estimate: true });
  });
});
