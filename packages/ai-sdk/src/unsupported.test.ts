import { describe, expect, it } from 'vitest';
import { oneOutputPerJob, unsupportedOptions } from './unsupported.js';

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

describe('oneOutputPerJob', () => {
  it.each([
    [1, 0],
    [2, 1],
    [4, 1],
  ])('n = %i warns %i time(s)', (n, count) => {
    const warnings = oneOutputPerJob(n, 'maxImagesPerCall');
    expect(warnings).toHaveLength(count);
    for (const warning of warnings)
      expect(warning).toMatchObject({ type: 'unsupported', feature: 'n' });
  });
});
