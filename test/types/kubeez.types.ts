/**
 * Type tests of @mediagen/kubeez, checked by `tsc` (never run): in the workspace program, and in the
 * consumer test against the packed tarballs. Each helper's documented example compiles; each
 * `@ts-expect-error` line is a mistake the editor must catch. The doc leaves most values open
 * (strings checked per model by the API); where a helper has no enum, another wrong value stands in.
 */
import {
  type Asset,
  type CostPreview,
  createKubeezClient,
  type GeneratedAdCopy,
  type GeneratedMedia,
  type KubeezClient,
  type ModelRow,
  type SeparatedAudio,
  type UploadedFile,
} from '@mediagen/kubeez';

type K = KubeezClient;

export async function generateMedia(kubeez: K = createKubeezClient({ checkModels: true })) {
  const image = await kubeez.generateMedia({
    model: 'nano-banana-2',
    prompt: 'matte-black headphones on marble',
    aspect_ratio: '1:1',
  });
  image.url satisfies string;
  image.body.status satisfies string;
  image satisfies GeneratedMedia;
  await kubeez.generateMedia({ model: 'nano-banana-2', prompt: 'x', extra: { seed: 7 } });
  // @ts-expect-error a misspelled key
  await kubeez.generateMedia({ model: 'nano-banana-2', promt: 'x' });
  // @ts-expect-error a wrong value type
  await kubeez.generateMedia({ model: 'nano-banana-2', sound: 'yes' });
  // @ts-expect-error the model is required
  await kubeez.generateMedia({ prompt: 'x' });
}

export async function extendMedia(kubeez: K) {
  const longer = await kubeez.extendMedia({
    source_task_id: 'veo-task-123',
    prompt: 'the camera keeps pushing in',
    extend_model: 'fast',
  });
  longer.url satisfies string;
  // @ts-expect-error a misspelled key
  await kubeez.extendMedia({ source_task: 'veo-task-123', prompt: 'x' });
  // @ts-expect-error a wrong value type
  await kubeez.extendMedia({ source_task_id: 123, prompt: 'x' });
  // @ts-expect-error a value outside the enum
  await kubeez.extendMedia({ source_task_id: 't', prompt: 'x', extend_model: 'ultra' });
}

export async function generateMusic(kubeez: K) {
  const song = await kubeez.generateMusic({ model: 'music-model-id', prompt: 'upbeat synthwave' });
  song.url satisfies string;
  // @ts-expect-error a misspelled key
  await kubeez.generateMusic({ model: 'm', promt: 'x' });
  // @ts-expect-error a wrong value type
  await kubeez.generateMusic({ model: 'm', prompt: 42 });
  // @ts-expect-error an advanced request without its vocal_gender
  await kubeez.generateMusic({ model: 'm', title: 't', style: 's', lyrics: 'l' });
}

export async function generateDialogue(kubeez: K) {
  const speech = await kubeez.generateDialogue({
    text: 'Welcome to Kubeez.',
    voice: 'Rachel',
    stability: 0.5,
    language_code: 'en',
  });
  speech.url satisfies string;
  // @ts-expect-error a misspelled key
  await kubeez.generateDialogue({ text: 'x', voice: 'Rachel', stabilty: 0.5 });
  // @ts-expect-error a wrong value type
  await kubeez.generateDialogue({ text: 'x', voice: 'Rachel', stability: 'high' });
  // Any voice name compiles (the doc calls the live voice_allowlist authoritative), so the third
  // mistake is a missing required field.
  // @ts-expect-error text is required
  await kubeez.generateDialogue({ voice: 'Rachel' });
}

export async function separateAudio(kubeez: K) {
  const stems = await kubeez.separateAudio({ media_url: 'https://storage.example/song.mp3' });
  stems.vocalsUrl satisfies string;
  stems.instrumentalUrl satisfies string;
  stems satisfies SeparatedAudio;
  // @ts-expect-error a misspelled key
  await kubeez.separateAudio({ media_ur: 'https://x' });
  // @ts-expect-error a wrong value type
  await kubeez.separateAudio({ media_url: ['https://x'] });
  // @ts-expect-error the URL is required
  await kubeez.separateAudio({});
}

export async function generateAdCopy(kubeez: K) {
  const ads = await kubeez.generateAdCopy({
    reference_ad_url: 'https://cdn.example.com/reference-ad.jpg',
    product_text: 'Matte-black wireless headphones',
    variant_count: 3,
  });
  ads.projectId satisfies string;
  ads satisfies GeneratedAdCopy;
  // @ts-expect-error a misspelled key
  await kubeez.generateAdCopy({ reference_ad_url: 'https://x', variants: 3 });
  // @ts-expect-error a wrong value type
  await kubeez.generateAdCopy({ reference_ad_url: 'https://x', variant_count: '3' });
  // @ts-expect-error an option waitAll does not take
  await kubeez.generateAdCopy({ reference_ad_url: 'https://x' }, { cancelOnAbort: true });
}

export async function transcribe(kubeez: K) {
  const captions = await kubeez.transcribe({
    media_url: 'https://x/clip.mp4',
    quality: 'standard',
  });
  captions satisfies object;
  // @ts-expect-error a misspelled key
  await kubeez.transcribe({ media_url: 'https://x', quality: 'standard', langauge: 'en' });
  // @ts-expect-error a wrong value type
  await kubeez.transcribe({ media_url: 'https://x', quality: 'standard', code_switching: 1 });
  // @ts-expect-error quality is required
  await kubeez.transcribe({ media_url: 'https://x' });
}

export async function uploads(kubeez: K, bytes: Uint8Array) {
  const uploaded = await kubeez.uploadFile(new Blob([new Uint8Array(bytes)]), {
    filename: 'a.jpg',
  });
  uploaded.url satisfies string;
  uploaded satisfies UploadedFile;
  const edited = await kubeez.generateFromFile('./photo.jpg', {
    model: 'nano-banana-2',
    prompt: 'replace background with sunset',
    generation_type: 'image-to-image',
  });
  edited.url satisfies string;
  // @ts-expect-error a misspelled option
  await kubeez.uploadFile('./a.jpg', { fileName: 'a.jpg' });
  // @ts-expect-error a wrong value type
  await kubeez.uploadFile(42);
  // @ts-expect-error a misspelled key in the generation input
  await kubeez.generateFromFile('./a.jpg', { model: 'm', promt: 'x' });
}

export async function assets(kubeez: K) {
  const logo = await kubeez.ensureAsset('acme-logo', 'https://cdn.example.com/logo.png');
  logo.url satisfies string;
  logo satisfies Asset;
  (await kubeez.findAsset('acme-logo'))?.name satisfies string | undefined;
  // @ts-expect-error a wrong value type
  await kubeez.ensureAsset('acme-logo', new URL('https://x'));
  // @ts-expect-error a missing argument
  await kubeez.ensureAsset('acme-logo');
  // @ts-expect-error a misspelled option
  await kubeez.findAsset('acme-logo', { timeoutMS: 1000 });
}

export async function catalog(kubeez: K) {
  const rows = await kubeez.getCatalog();
  rows satisfies ModelRow[];
  (await kubeez.getModel('nano-banana-2')).model_type satisfies string;
  (await kubeez.getModels('seedance-2')) satisfies ModelRow[];
  const cost = await kubeez.previewCost('nano-banana-2');
  cost.billing satisfies 'flat' | 'per-second' | 'unknown';
  cost satisfies CostPreview;
  kubeez.previewExtendCost('lite') satisfies number;
  // @ts-expect-error a value outside the enum
  kubeez.previewExtendCost('ultra');
  // @ts-expect-error a misspelled option
  await kubeez.getCatalog({ refesh: true });
  // @ts-expect-error a wrong value type
  await kubeez.getModel(42);
}
