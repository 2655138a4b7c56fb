import { describe, expect, it } from 'vitest';
import { unsupportedOptions } from './unsupported.js';

describe('unsupportedOptions', () => {
  const reasons = { seed: 'no seed', size: 'no size', files: 'no files' };

  it.each([
    ['nothing set', {}, []],
    ['a seed of 0 (set, though falsy)', { seed: 0 }, ['seed']],
    ['undefined and an empty list (not set)', { seed: undefined, files: [] }, []],
    ['two set, one unknown to the model', { seed: 1, size: '1x1', n: 2 }, ['seed', 'size']],
  ])('%s', (_, options, features) => {
    const warnings = unsupportedOptions(options, reasons);
    expect(warnings.map((w) => ('feature' in w ? w.feature : undefined))).toEqual(features);
    expect(warnings.every((w) => w.type === 'unsupported')).toBe(true);
  });
});
