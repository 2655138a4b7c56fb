import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SecretKey } from './secret-key.js';

describe('SecretKey', () => {
  const key = new SecretKey('kt_live_secret_value');
  it('reveals the key only when asked', () => {
    expect(key.reveal()).toBe('kt_live_secret_value');
  });
  it.each([
    ['String()', () => String(key)],
    ['a template', () => `${key}`],
    ['JSON', () => JSON.stringify({ key })],
    ['util.inspect', () => inspect({ key })],
    ['Object.keys', () => Object.keys(key).join()],
  ])('does not show through %s', (_name, show) => {
    expect(show()).not.toContain('kt_live_secret_value');
  });
});
