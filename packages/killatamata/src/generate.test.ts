import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { callbackUrl } from './generate.js';

describe('callbackUrl', () => {
  it.each([
    [{ url: 'https://example.com/hook' }, 'https://example.com/hook'],
    [{ url: 'https://example.com/hook', token: 's3cret' }, 'https://example.com/hook?token=s3cret'],
    [
      { url: 'https://example.com/hook?a=1', token: 'a b' },
      'https://example.com/hook?a=1&token=a+b',
    ],
  ])('%j → %s', (target, url) => {
    expect(callbackUrl(target)).toBe(url);
  });

  it('refuses a URL that is not one, before anything is sent', () => {
    expect(() => callbackUrl({ url: '/relative/hook' })).toThrow(ValidationError);
    expect(() => callbackUrl({ url: '/relative/hook' })).toThrow(/absolute https:\/\/ URL/);
  });
});
