import { describe, expect, it } from 'vitest';
import { type ListLookState, listLookSource } from './list-look-source.js';

const base: ListLookState = {
  listed: true,
  refused: false,
  unlisted: false,
  watched: 5,
  ageMs: 100,
  inLast: true,
  maxAgeMs: 250,
};

describe('listLookSource', () => {
  it.each<[string, Partial<ListLookState>, string]>([
    ['a fresh answer that shows the job', {}, 'cached'],
    ['an answer exactly as old as the look allows', { ageMs: 250 }, 'cached'],
    ['an answer older than the look allows', { ageMs: 251 }, 'round'],
    ['no round yet', { ageMs: undefined }, 'round'],
    ['a fresh answer taken before the job was submitted', { inLast: false }, 'round'],
    ['a look that accepts no stale answer', { maxAgeMs: 0, ageMs: 1 }, 'round'],
    ['no list operation', { listed: false }, 'direct'],
    ['a list that refused', { refused: true }, 'direct'],
    ['a job a round did not show', { unlisted: true }, 'direct'],
    ['a single job waited for', { watched: 1 }, 'direct'],
  ])('%s', (_, state, expected) => {
    expect(listLookSource({ ...base, ...state })).toBe(expected);
  });
});
