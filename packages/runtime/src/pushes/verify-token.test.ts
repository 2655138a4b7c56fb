import { describe, expect, it } from 'vitest';
import { tokenMatches } from './verify-token.js';

describe('tokenMatches', () => {
  it.each([
    ['s3cret-token', 's3cret-token', true],
    ['s3cret-token', 's3cret-tokem', false],
    ['s3cret-token', 's3cret-token-and-more', false],
    ['s3cret-token', '', false],
    ['s3cret-token', null, false],
    ['s3cret-token', undefined, false],
  ])('%s against %s: %s', async (expected, given, matches) => {
    expect(await tokenMatches(expected, given)).toBe(matches);
  });
});
