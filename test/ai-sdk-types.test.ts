/**
 * The types of @mediagen/ai-sdk are part of its contract: `providerOptions.<provider>` written with
 * `satisfies <Provider><Family>Options` (as the AI SDK's own providers document) accepts the fields
 * the spec names and refuses a misspelt field or a wrong value at compile time; model ids offer the
 * documented names and refuse what a closed set does not have. `tsc` (typecheck:workspace) checks
 * every `@ts-expect-error` here; vitest runs the positive cases.
 */
import {
  createMediagen,
  type HappyHorseVideoOptions,
  type HoracleImageOptions,
  type HoracleSpeechOptions,
  type KillaTamataImageOptions,
  type KillaTamataSpeechOptions,
  type KillaTamataVideoOptions,
  type KubeezMediaOptions,
  type KubeezSpeechOptions,
  type VydraGrokImagineOptions,
  type VydraVeo3Options,
} from '@mediagen/ai-sdk';
import type { DocumentedImageModel } from '@mediagen/horacle';
import { createProviderRegistry, type generateImage } from 'ai';
import { describe, expect, expectTypeOf, it } from 'vitest';

type ProviderOptions = NonNullable<Parameters<typeof generateImage>[0]['providerOptions']>;

describe('providerOptions types', () => {
  it("accept each provider's documented fields, as the AI SDK's providerOptions", () => {
    const providerOptions = {
      horacle: { reference_images: ['https://example.com/ref.png'] } satisfies HoracleImageOptions,
      killatamata: { highDetail: true, outputFormat: 'png' } satisfies KillaTamataImageOptions,
      kubeez: { resolution: '2K', quality: 'high' } satisfies KubeezMediaOptions,
      vydra: { aspect_ratio: '16:9' } satisfies VydraGrokImagineOptions,
      happyhorse: { mode: 'pro', cfg_scale: 0.5 } satisfies HappyHorseVideoOptions,
    } satisfies ProviderOptions;
    expect(Object.keys(providerOptions)).toHaveLength(5);
    expectTypeOf<HoracleSpeechOptions>().toHaveProperty('voice_id');
    expectTypeOf<KillaTamataVideoOptions>().toHaveProperty('durationFrames');
    expectTypeOf<KubeezSpeechOptions>().toHaveProperty('stability');
    expectTypeOf<VydraVeo3Options>().toHaveProperty('aspect_ratio');
  });

  it('refuse a misspelt field and a wrong value', () => {
    const wrong = [
      // @ts-expect-error Horacle's field is `aspect_ratio`; `aspectRatio` is the AI SDK's own option
      { aspectRatio: '1:1' } satisfies HoracleImageOptions,
      // @ts-expect-error HappyHorse's mode is `std` or `pro`
      { mode: 'ultra' } satisfies HappyHorseVideoOptions,
      // @ts-expect-error Killa Tamata's image option is `highDetail`
      { high_detail: true } satisfies KillaTamataImageOptions,
      // @ts-expect-error `highDetail` is a boolean
      { highDetail: 'yes' } satisfies KillaTamataImageOptions,
      // @ts-expect-error Kubeez dialogue's stability is a number
      { stability: 'high' } satisfies KubeezSpeechOptions,
      // @ts-expect-error Gemini's voice is `voiceName`
      { voice_name: 'Kore' } satisfies KillaTamataSpeechOptions,
      // @ts-expect-error Veo 3 takes 16:9, 9:16 or 1:1
      { aspect_ratio: '4:3' } satisfies VydraVeo3Options,
    ];
    expect(wrong).toHaveLength(7);
  });
});

describe('model ids', () => {
  const mediagen = createMediagen();

  it('offer the documented names and take any name where the catalog is live', () => {
    expectTypeOf(mediagen.horacle.image)
      .parameter(0)
      .toEqualTypeOf<DocumentedImageModel | (string & {})>();
    expectTypeOf<'nano-banana' | 'gpt-image-2'>().toExtend<DocumentedImageModel>();
    expect(mediagen.horacle.image('a-model-added-tomorrow').modelId).toBe('a-model-added-tomorrow');
  });

  it('refuse ids outside a closed set, at compile time and at run time', () => {
    // @ts-expect-error Killa Tamata's image models are its two image tasks
    expect(() => mediagen.killatamata.image('video.generate')).toThrow(/no imageModel/);
    // @ts-expect-error HappyHorse has one model
    expect(() => mediagen.happyhorse.video('happyhorse-2.0')).toThrow(/no videoModel/);
    expect(() => mediagen.happyhorse.videoModel('happyhorse-2.0')).toThrow(/no videoModel/);
    expect(mediagen.happyhorse.video().modelId).toBe('happyhorse-1.0/video');
    expect(() => mediagen.vydra.transcriptionModel('whisper')).toThrow(/no transcriptionModel/);
  });

  it("plug into the AI SDK's provider registry", () => {
    const registry = createProviderRegistry({
      horacle: mediagen.horacle,
      killatamata: mediagen.killatamata,
    });
    expect(registry.imageModel('horacle:nano-banana').modelId).toBe('nano-banana');
    expect(registry.speechModel('killatamata:audio.speak').provider).toBe('killatamata.speech');
    expect(() => registry.imageModel('killatamata:audio.speak')).toThrow(/no imageModel/);
  });
});
