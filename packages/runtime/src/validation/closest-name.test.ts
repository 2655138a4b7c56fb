import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['veo3', 'veo3', 0],
    ['veo33', 'veo3', 1],
    ['nano-banan', 'nano-banana', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  const known = ['veo3', 'nano-banana', 'nano-banana-2', 'nano-banana-pro', 'grok-imagine'];
  it.each([
    ['veo33', 'veo3'],
    ['nano-banan', 'nano-banana'],
    ['nano-banana-22', 'nano-banana-2'],
    ['Nano-Banana-Pro', 'nano-banana-pro'],
    ['grok-imagin', 'grok-imagine'],
    ['flux-3', undefined],
    ['completely-different', undefined],
  ])('%j → %j', (name, expected) => {
    expect(closestName(name, known)).toBe(expected);
  });

  it('has no suggestion from an empty catalog', () => {
    expect(closestName('veo3', [])).toBeUndefined();
  });
});
