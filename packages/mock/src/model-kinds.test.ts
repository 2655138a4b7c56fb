import { describe, expect, it } from 'vitest';
import { documentedModelKinds } from './model-kinds.js';
import { readSpecDocument } from './spec-document.js';

describe('documentedModelKinds', () => {
  it('maps each catalog row’s model to its kind, at any depth', () => {
    const ok = (value: unknown) => ({
      '200': { content: { 'application/json': { examples: { e: { value } } } } },
    });
    const doc = readSpecDocument({
      paths: {
        '/models': {
          get: {
            operationId: 'listModels',
            responses: ok({
              models: [
                { model_id: 'seedance-2-fast', model_type: 'video' },
                { model_id: 'nano-banana-2', model_type: 'image' },
                { model_id: 'odd', model_type: 'a sentence, not a kind' },
              ],
            }),
          },
        },
        '/m/{slug}': {
          get: { operationId: 'getModel', responses: ok({ slug: 'veo3', category: 'video' }) },
        },
      },
    });
    expect(Object.fromEntries(documentedModelKinds(doc))).toEqual({
      'seedance-2-fast': 'video',
      'nano-banana-2': 'image',
      veo3: 'video',
    });
  });
});
