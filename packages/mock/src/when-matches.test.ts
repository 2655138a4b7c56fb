import { describe, expect, it } from 'vitest';
import { type SubmitInfo, whenMatches } from './when-matches.js';

const submit: SubmitInfo = {
  operationId: 'generateGrokImagine',
  body: { model: 'text-to-image', prompt: 'p', size: { w: 1 } },
  path: { modelSlug: 'nano-banana' },
  query: {},
};

describe('whenMatches', () => {
  it.each([
    [{}, true],
    [{ operationId: 'generateGrokImagine' }, true],
    [{ operationId: ['generateVeo3', 'generateGrokImagine'] }, true],
    [{ operationId: 'generateVeo3' }, false],
    [{ body: { model: 'text-to-image' } }, true],
    [{ body: { model: ['text-to-video', 'image-to-video'] } }, false],
    [{ body: { size: { w: 1 } } }, true],
    [{ body: { missing: 'x' } }, false],
    [{ path: { modelSlug: ['nano-banana', 'nano-banana-edit'] } }, true],
    [{ operationId: 'generateGrokImagine', body: { model: 'text-to-video' } }, false],
  ])('%j → %s', (when, expected) => {
    expect(whenMatches(when, submit)).toBe(expected);
  });
});
