import { describe, expect, it } from 'vitest';
import { metadataSource } from './metadata-source.ts';

// The source is a TypeScript expression that is also plain JavaScript: evaluate it back.
const evaluate = (source: string): unknown => new Function(`return (${source});`)();

describe('metadataSource', () => {
  it.each([
    ['a 5xx family', { statuses: [429, ...Array.from({ length: 100 }, (_, i) => 500 + i)] }],
    ['a short run, kept as it is', { delays: [1, 2, 3, 4, 5, 6, 7] }],
    ['two runs and strings', [['a', 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 'b']]],
    ['no numbers at all', { name: 'x', nested: { list: [true, null, 'y'] } }],
  ])('writes %s as the same value', (_name, value) => {
    expect(evaluate(metadataSource(value))).toEqual(value);
  });

  it('writes a run of statuses as one Array.from', () => {
    const source = metadataSource([429, ...Array.from({ length: 100 }, (_, i) => 500 + i)]);
    expect(source).toContain('...Array.from({ length: 100 }, (_, i) => 500 + i)');
    expect(source).not.toContain('599');
  });
});
