import { describe, expect, it } from 'vitest';
import { isVideoRequest, mediaRunOptions } from './media-schedule.js';
import type { GenerateMediaInput } from './types.js';

const image = { model: 'nano-banana-2', prompt: 'headphones' };

describe('isVideoRequest', () => {
  it.each<[string, GenerateMediaInput, boolean]>([
    ['a plain image request', image, false],
    ['image-to-image', { ...image, generation_type: 'image-to-image' }, false],
    ['an image resolution tier', { ...image, resolution: '2K' }, false],
    ['an image quality', { ...image, quality: 'high' }, false],
    [
      'null options, as default clients send them',
      { ...image, duration: null, sound: null },
      false,
    ],
    ['a duration (videos only)', { model: 'kling-3', duration: 5 }, true],
    ['a duration preset as text', { model: 'veo-3', duration: '8' }, true],
    ['sound off', { model: 'kling-3', sound: false }, true],
    ['text-to-video', { model: 'x', generation_type: 'text-to-video' }, true],
    ['a video resolution', { model: 'x', resolution: '1080p' }, true],
    ['a P-Video draft quality', { model: 'p-video', quality: '720p-draft' }, true],
  ])('%s: %s', (_name, input, video) => {
    expect(isVideoRequest(input)).toBe(video);
  });
});

describe('mediaRunOptions', () => {
  it('polls a video first after 30 s, as the doc says, and an image on the status schedule', () => {
    expect(mediaRunOptions({ model: 'kling-3', duration: 5 }).schedule).toEqual({
      initialDelayMs: 30_000,
    });
    expect(mediaRunOptions(image)).toEqual({});
  });

  it("keeps the caller's own schedule", () => {
    const schedule = { initialDelayMs: 1, timeoutMs: 100 };
    expect(mediaRunOptions({ model: 'k', duration: 5 }, { schedule }).schedule).toEqual(schedule);
  });
});
