import { describe, expect, it } from 'vitest';
import { hideOptionValues } from './hide-option-values.js';

describe('hideOptionValues', () => {
  it.each([
    ["unknown option '--apikey=sk-live-1'", "unknown option '--apikey=…'"],
    ["unknown option '-k=sk-live-1'", "unknown option '-k=…'"],
    ["unknown option '--apikey=a=b'", "unknown option '--apikey=…'"],
    ["unknown option '--bogus'", "unknown option '--bogus'"],
    [
      "option '--concurrency <n>' argument '-1' is invalid.",
      "option '--concurrency <n>' argument '-1' is invalid.",
    ],
    ["unknown command 'sttaus'", "unknown command 'sttaus'"],
  ])('%s', (given, shown) => {
    expect(hideOptionValues(given)).toBe(shown);
  });
});
