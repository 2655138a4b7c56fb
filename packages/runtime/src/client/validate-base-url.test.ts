import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors.js';
import { validateBaseUrl } from './validate-base-url.js';

describe('validateBaseUrl', () => {
  it.each([
    'https://api.example.com',
    'http://localhost:4010',
    'http://127.0.0.1:9/x',
    'http://[::1]:80',
  ])('accepts %s', (url) => {
    expect(validateBaseUrl(url, 'Acme')).toBe(url);
  });
  it.each(['http://api.example.com', 'http://10.0.0.5', 'ftp://example.com', 'not a url'])(
    'refuses %s, saying why',
    (url) => {
      expect(() => validateBaseUrl(url, 'Acme')).toThrow(ConfigurationError);
      if (url.startsWith('http:'))
        expect(() => validateBaseUrl(url, 'Acme')).toThrow(/https.*clear text.*loopback/);
    },
  );
  it.each([
    ['a URL object', new URL('https://api.example.com')],
    ['a number', 443],
    ['null', null],
  ])('refuses %s from plain JavaScript with a ConfigurationError, not a TypeError', (_, url) => {
    expect(() => validateBaseUrl(url as unknown as string, 'Acme')).toThrow(
      /Acme baseUrl must be a string such as 'https:\/\/api\.example\.com'/,
    );
    expect(() => validateBaseUrl(url as unknown as string, 'Acme')).toThrow(ConfigurationError);
  });
});
