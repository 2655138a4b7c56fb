import { describe, expect, it } from 'vitest';
import { collect } from './change.ts';
import { diffRemainingKeys, summarize } from './diff-docs.ts';

describe('diffRemainingKeys', () => {
  it('classes docs as non-breaking, unknown keys for review, and skips claimed keys and facts', () => {
    const changes = collect((emit) =>
      diffRemainingKeys(
        emit,
        '/paths/~1x/get',
        { summary: 'a', callbacks: { a: 1 }, responses: 1, 'x-mediagen-paid': true },
        { summary: 'b', callbacks: { a: 2 }, responses: 2, 'x-other': 1 },
        new Set(['responses']),
        'op',
      ),
    );
    expect(changes.map((c) => [c.pointer, c.class, c.reason])).toEqual([
      ['/paths/~1x/get/summary', 'non-breaking', 'docs or examples'],
      ['/paths/~1x/get/callbacks', 'review', '`callbacks` changed; not classified'],
      ['/paths/~1x/get/x-other', 'non-breaking', 'docs or examples'],
    ]);
  });
});

describe('summarize', () => {
  it('keeps scalars, shortens objects and survives cycles', () => {
    expect(summarize(3)).toBe(3);
    expect(summarize({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(String(summarize({ long: 'x'.repeat(500) })).length).toBe(120);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(summarize(cyclic)).toBe('{"self":"[cycle]"}');
  });
});
