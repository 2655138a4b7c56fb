/**
 * Type tests of @mediagen/horacle, checked by `tsc` (never run): in the workspace program, and in
 * the consumer test against the packed tarballs. Each helper's documented example compiles; each
 * `@ts-expect-error` line is a mistake the editor must catch. Horacle's model names are open (the
 * live catalog is authoritative), so a misspelled model is caught at run time by `checkModels`.
 */
import {
  type CostPreview,
  createHoracleClient,
  type GeneratedHeygenVideo,
  type GeneratedMedia,
  type HoracleClient,
  type SavedVoice,
  type UploadedFile,
  type VideoCampaignInput,
  type VoicePreview,
  webhookUrl,
} from '@mediagen/horacle';

type H = HoracleClient;

export async function generation(horacle: H = createHoracleClient({ checkModels: true })) {
  const image = await horacle.generateImage({ model: 'nano-banana', prompt: 'Headphones' });
  image.url satisfies string;
  image.body.status satisfies string;
  image satisfies GeneratedMedia;
  await horacle.generateImage({ model: 'flux-3', prompt: 'a model the catalog added' });
  await horacle.generateImage({ model: 'nano-banana', prompt: 'x', extra: { seed: 7 } });
  // @ts-expect-error a misspelled key
  await horacle.generateImage({ model: 'nano-banana', promt: 'x' });
  // @ts-expect-error a wrong value type
  await horacle.generateImage({ model: 'nano-banana', prompt: 'x', reference_images: 'u' });
  // @ts-expect-error the prompt is required
  await horacle.generateImage({ model: 'nano-banana' });

  const video = await horacle.generateVideo({ model: 'kling-2.6', prompt: 'B', duration: 5 });
  video.url satisfies string;
  // @ts-expect-error a misspelled key
  await horacle.generateVideo({ model: 'kling-2.6', duraton: 5 });
  // @ts-expect-error a wrong value type
  await horacle.generateVideo({ model: 'kling-2.6', duration: '5s' });
  // @ts-expect-error a wrong model type
  await horacle.generateVideo({ model: 26 });

  (await horacle.textToSpeech({ text: 'Hello', model: 'eleven_turbo_v2_5' })).url satisfies string;
  // @ts-expect-error a misspelled key
  await horacle.textToSpeech({ text: 'Hello', voice: 'v' });
  // @ts-expect-error a wrong value type
  await horacle.textToSpeech({ text: 42 });
  // @ts-expect-error the text is required
  await horacle.textToSpeech({ voice_id: 'v' });

  (await horacle.generateMusic({ prompt: 'lofi', duration: 30 })).url satisfies string;
  // @ts-expect-error a misspelled key
  await horacle.generateMusic({ promt: 'lofi' });
  // @ts-expect-error a wrong value type
  await horacle.generateMusic({ duration: '30' });
  // @ts-expect-error an option that does not exist
  await horacle.generateMusic({ prompt: 'lofi' }, { timeOutMs: 1 });
}

export async function heygen(horacle: H) {
  const avatar = await horacle.heygen.generate({ avatar_id: 'a', voice_id: 'v', script: 'Hi' });
  avatar.url satisfies string;
  avatar.body.status satisfies string;
  avatar satisfies GeneratedHeygenVideo;
  (await horacle.heygen.translate({ video_url: 'https://x', output_language: 'fr' })).url;
  await horacle.heygen.listAvatars();
  await horacle.heygen.listVoices();
  // @ts-expect-error a misspelled key
  await horacle.heygen.generate({ avatar: 'a' });
  // @ts-expect-error a wrong value type
  await horacle.heygen.translate({ video_url: 7 });
  // @ts-expect-error a misspelled key
  await horacle.heygen.translate({ output_lang: 'fr' });
}

export async function voices(horacle: H) {
  const saved = await horacle.cloneVoice('./voice.mp3', { name: 'Narrator' });
  saved satisfies SavedVoice;
  const previews = await horacle.designVoice({ voice_description: 'warm', text: 'Hello' });
  previews satisfies VoicePreview[];
  await horacle.saveVoice(previews[0]!, { voice_name: 'Warm' });
  // @ts-expect-error a misspelled option
  await horacle.cloneVoice('./voice.mp3', { nmae: 'Narrator' });
  // @ts-expect-error a wrong value type
  await horacle.designVoice({ text: 42 });
  // @ts-expect-error a misspelled key
  await horacle.saveVoice('gv_1', { voicename: 'Warm' });
}

export async function uploads(horacle: H) {
  const uploaded = await horacle.upload('./photo.png');
  uploaded.url satisfies string;
  uploaded.kind satisfies 'image' | 'audio' | 'video';
  uploaded satisfies UploadedFile;
  // @ts-expect-error a misspelled option
  await horacle.upload('./photo.png', { mimeType: 'image/png' });
  // @ts-expect-error a wrong value type
  await horacle.upload(42);
  // @ts-expect-error a wrong option type
  await horacle.upload('./photo.png', { type: 7 });
}

export async function webhooks(horacle: H, token: string) {
  await horacle.registerWebhook({ url: webhookUrl('https://example.com/hooks', token) });
  await horacle.listWebhooks();
  const handler = horacle.createWebhookHandler({ token, onJob: ({ job }) => console.log(job) });
  (await handler(new Request('https://example.com'))) satisfies Response;
  // @ts-expect-error a misspelled key
  await horacle.registerWebhook({ ulr: 'https://x' });
  // @ts-expect-error a wrong value type
  await horacle.registerWebhook({ events: 'generation.completed' });
  // @ts-expect-error the token is required
  horacle.createWebhookHandler({});
}

export async function batches(horacle: H) {
  const results = await horacle.batchGenerate({ model: 'nano-banana', prompt: 'x', count: 4 });
  results[0]?.status satisfies 'fulfilled' | 'rejected' | undefined;
  await horacle.createVideoCampaign({ prompt: 'x', count: 3, model: 'kling-2.6' });
  // @ts-expect-error a misspelled key
  await horacle.batchGenerate({ model: 'nano-banana', cout: 4 });
  // @ts-expect-error a wrong value type
  await horacle.batchGenerate({ count: '4' });
  // @ts-expect-error a wrong value type
  await horacle.createVideoCampaign({ duration: 'long' });
}

export function previewCost(horacle: H) {
  const cost = horacle.previewCost('kling-2.6', { durationS: 5 });
  cost satisfies CostPreview;
  // @ts-expect-error a misspelled option
  horacle.previewCost('kling-2.6', { duration: 5 });
  // @ts-expect-error a wrong value type
  horacle.previewCost('kling-2.6', { durationS: '5' });
  // @ts-expect-error a wrong model type
  horacle.previewCost(26);
}

export function modelNames() {
  // The documented names complete, and a name the live catalog adds still compiles.
  const video: VideoCampaignInput['model'] = 'kling-2.6';
  const added: VideoCampaignInput['model'] = 'kling-v4';
  // @ts-expect-error a model is a name, not a number
  const wrong: VideoCampaignInput['model'] = 26;
  return [video, added, wrong];
}

export async function answers(horacle: H) {
  const described = await horacle.analyzeImage({ image_url: 'https://example.com/a.jpg' });
  described satisfies object;
  // A field the spec does not name, sent on purpose.
  await horacle.analyzeImage({ image_url: 'https://example.com/a.jpg', extra: { detail: 'high' } });
  await horacle.optimizePrompt({ prompt: 'a fox', extra: { style: 'cinematic' } });
  // @ts-expect-error a misspelled key
  await horacle.analyzeImage({ image_ur: 'https://example.com/a.jpg' });
  // @ts-expect-error a misspelled key
  await horacle.optimizePrompt({ promt: 'a fox' });
  // @ts-expect-error a wrong value type
  await horacle.probeVideo({ video_url: 42 });
}
