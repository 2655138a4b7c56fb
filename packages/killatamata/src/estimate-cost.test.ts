import { describe, expect, it } from 'vitest';
import { estimateCost } from './estimate-cost.js';
import type { Task, TaskInput } from './types.js';

type Case<T extends Task = Task> = [string, T, TaskInput<T>, number | undefined];

describe('estimateCost', () => {
  it.each<Case>([
    ['one clip bills the two-clip minimum', 'video.combine', { videoUrls: ['a'] }, 0.01],
    ['three clips', 'video.combine', { videoUrls: ['a', 'b', 'c'] }, 0.015],
    [
      'resize: base + MP × s × fps/60 × $0.001, one MP = 1024 × 1024 as in the 4 MP limit',
      'video.resize',
      { width: 1024, height: 1024, frameRate: 30, sourceDurationSeconds: 8 },
      0.009,
    ],
    [
      'resize: 2 MP (2048 × 1024) for 10 s at 60 fps',
      'video.resize',
      { width: 2048, height: 1024, frameRate: 60, sourceDurationSeconds: 10 },
      0.025,
    ],
    ['resize without a duration', 'video.resize', { width: 1024, height: 1024 }, undefined],
    [
      'image.generate: one observed charge is not a price',
      'image.generate',
      { prompt: 'fox' },
      undefined,
    ],
    ['image.edit has no documented price', 'image.edit', { highDetail: true }, undefined],
    ['OmniVoice minimum', 'audio.speak', { text: 'Hello there.' }, 0.01],
    ['OmniVoice long text', 'audio.speak', { text: 'x'.repeat(1500) }, 0.7],
    ['Gemini minimum 5,000 µ$', 'audio.speak', { provider: 'gemini', text: 'Hi.' }, 0.005],
    ['Gemini long text', 'audio.speak', { provider: 'gemini', text: 'x'.repeat(1500) }, 0.055413],
    ['annotation without transcript', 'audio.annotation.reference', { sourceAudioUrl: 'u' }, 0.07],
    ['annotation, short transcript', 'audio.annotation.reference', { transcript: 'a b c' }, 0.03],
    [
      'ace-step high_quality defaults',
      'ace.step.create',
      { qualityPreset: 'high_quality' },
      0.165888,
    ],
    ['ace-step minimum', 'ace.step.create', { durationSeconds: 15, quality: '128k' }, 0.05],
    ['ace-step without fields', 'ace.step.create', { qualityPreset: 'custom' }, undefined],
    ['moss', 'moss.sound.effect', { durationSeconds: 2, maxNewTokens: 1024 }, 0.016192],
    ['moss minimum', 'moss.sound.effect', { durationSeconds: 1, maxNewTokens: 1 }, 0.01],
    ['video.generate has no formula', 'video.generate', { prompt: 'p' }, undefined],
    ['trellis has no formula', 'trellis.generate', {}, undefined],
  ])('%s', (_name, task, input, usd) => {
    const estimate = estimateCost(task, input);
    expect(estimate.estimate).toBe(true);
    expect(estimate.usd).toBe(usd);
  });

  it('says what an estimate needs', () => {
    expect(estimateCost('video.resize', { width: 1024, height: 1024 }).reason).toBe(
      'video.resize needs input.sourceDurationSeconds for an estimate',
    );
    expect(estimateCost('trellis.generate', {}).reason).toBe(
      'trellis.generate has no documented price formula',
    );
  });
});
