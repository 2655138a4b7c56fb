import { describe, expectTypeOf, it } from 'vitest';
import type {
  DocumentedImageModel,
  DocumentedTtsModel,
  DocumentedVideoModel,
  GenerateImageInput,
  GenerateVideoInput,
  ImageModel,
} from './types.js';

// Checked by `tsc` (npm run typecheck): the generated `'a' | … | string` collapses to `string`, so
// the package re-types `model` to keep the documented names offered while any name type-checks.
describe('model names: documented ones offered, any one accepted', () => {
  it('lists the documented names from the spec', () => {
    expectTypeOf<DocumentedImageModel>().toEqualTypeOf<
      | 'nano-banana'
      | 'nano-banana-2'
      | 'nano-banana-pro'
      | 'gpt-image-2'
      | 'flux-2-pro'
      | 'flux-2-flex'
      | 'seedream'
      | 'seedream-v4.5'
    >();
    expectTypeOf<DocumentedVideoModel>().toEqualTypeOf<
      | 'kling-2.6'
      | 'kling-v3'
      | 'kling-omni'
      | 'kling-motion-control'
      | 'seedance-1.5'
      | 'veo-3.1-fast'
      | 'veo-3.1-quality'
      | 'sora-2-pro'
      | 'sora-2-pro-hd'
      | 'wan-2.6'
    >();
    expectTypeOf<DocumentedTtsModel>().toEqualTypeOf<
      'eleven_multilingual_v2' | 'eleven_turbo_v2_5'
    >();
  });

  it('keeps the names distinct from string, yet accepts a new model', () => {
    expectTypeOf<ImageModel>().not.toEqualTypeOf<string>();
    expectTypeOf<'flux-3'>().toExtend<ImageModel>();
    expectTypeOf<GenerateImageInput['model']>().toEqualTypeOf<ImageModel>();
  });

  it('keeps required and optional fields, and open bodies', () => {
    expectTypeOf<{ model: 'x'; prompt: 'p' }>().toExtend<GenerateImageInput>();
    expectTypeOf<{ model: 'x' }>().not.toExtend<GenerateImageInput>();
    expectTypeOf<{ model: 'kling-2.6'; seed: 7 }>().toExtend<GenerateVideoInput>();
  });
});
