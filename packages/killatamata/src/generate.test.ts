import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { callbackUrl } from './generate.js';

describe('callbackUrl', () => {
  it.each([
    [{ url: 'https://example.com/hook' }, 'https://example.com/hook'],
    [
      { url: 'https://example.com/hook', token: 's3cret-0123456789' },
      'https://example.com/hook?token=s3cret-0123456789',
    ],
    [
      { url: 'https://example.com/hook?a=1', token: 'a b c d e f g h i' },
      'https://example.com/hook?a=1&token=a+b+c+d+e+f+g+h+i',
    ],
    [{ url: 'http://127.0.0.1:8080/hook' }, 'http://127.0.0.1:8080/hook'],
    [{ url: 'http://localhost/hook' }, 'http://localhost/hook'],
  ])('%j → %s', (target, url) => {
    expect(callbackUrl(target)).toBe(url);
  });

  it('refuses a URL that is not one, before anything is sent', () => {
    expect(() => callbackUrl({ url: '/relative/hook' })).toThrow(ValidationError);
    expect(() => callbackUrl({ url: '/relative/hook' })).toThrow(/absolute https:\/\/ URL/);
  });

  it.each([
    ['javascript:alert(1)', /must use https:\/\/ \(got javascript:\)/],
    ['http://example.com/hook', /must use https:\/\/ \(got http:\)/],
    ['ftp://example.com/hook', /must use https:\/\//],
    ['data:text/plain,hi', /must use https:\/\//],
  ])('refuses %s: only https, or http to loopback', (url, message) => {
    expect(() => callbackUrl({ url, token: 'a-long-enough-secret' })).toThrow(ValidationError);
    expect(() => callbackUrl({ url, token: 'a-long-enough-secret' })).toThrow(message);
  });

  it('refuses a token shorter than the 16 characters every push handler requires', () => {
    expect(() => callbackUrl({ url: 'https://example.com/hook', token: 'a' })).toThrow(
      /callback.token must be a string of at least 16/,
    );
  });
});
