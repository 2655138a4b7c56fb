import { describe, expect, it } from 'vitest';
import type { JobRequest } from '../provider-adapter.js';
import { vydraModelOf } from './vydra-model.js';

const request = (operationId: string, modelSlug?: unknown): JobRequest => ({
  operationId,
  init: { body: {}, ...(modelSlug !== undefined ? { params: { path: { modelSlug } } } : {}) },
});

describe('vydraModelOf', () => {
  it.each([
    ['a typed route', request('generateVeo3'), 'veo3'],
    ['a typed route whose slug has a slash', request('generateElevenLabsTts'), 'elevenlabs/tts'],
    ['any model, by its path parameter', request('generateWithModel', 'whisper'), 'whisper'],
    ['any model, none given', request('generateWithModel'), undefined],
    ['any model, an empty slug', request('generateWithModel', ''), undefined],
    ['no model route', request('getOrganization'), undefined],
    ['an operation the spec lacks', request('noSuchOperation'), undefined],
  ] as const)('%s', (_, given, model) => {
    expect(vydraModelOf(given)).toBe(model);
  });
});
