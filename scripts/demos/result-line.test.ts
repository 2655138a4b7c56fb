import { describe, expect, it } from 'vitest';
import { isPlaceholderUrl } from './result-line.ts';

describe('isPlaceholderUrl', () => {
  it.each([
    ['https://...', true],
    ['https://.../vocals.mp3', true],
    ['https://cdn.example.com/.../v.mp4', true],
    ['not a url', true],
    ['https://cdn.kubeez.com/outputs/abc.png', false],
    ['https://tempfile.aiquickdraw.com/v.mp4', false],
  ])('%s → %s', (url, placeholder) => {
    expect(isPlaceholderUrl(url)).toBe(placeholder);
  });
});
