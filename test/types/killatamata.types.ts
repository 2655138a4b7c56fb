/**
 * Type tests of @mediagen/killatamata, checked by `tsc` (never run): in the workspace program, and
 * in the consumer test against the packed tarballs. Each helper's documented example compiles; each
 * `@ts-expect-error` line is a mistake the editor must catch.
 */
import {
  type CostEstimate,
  createKillaTamataClient,
  type DeviceLink,
  estimateCost,
  type Generation,
  type KillaTamataClient,
  type TaskInput,
} from '@mediagen/killatamata';

export async function generate(kt: KillaTamataClient = createKillaTamataClient()) {
  // The README's examples.
  const image = await kt.generate(
    'image.generate',
    { prompt: 'cinematic fox astronaut', width: 1536, height: 1024, outputFormat: 'png' },
    { idempotencyKey: 'job-001', onProgress: (p) => console.log(p.state) },
  );
  image.outputUrls satisfies string[];
  image.billing?.usdCharged;
  image.idempotencyKey satisfies string;
  image satisfies Generation;
  await kt.generate('video.generate', {
    prompt: 'slow cinematic push-in',
    startFrameImageUrl: 'https://cdn.example.com/start.webp',
    durationFrames: 257,
  });
  await kt.generate(
    'audio.speak',
    { text: 'We launch at dawn.' },
    {
      callback: { url: 'https://example.com/hook', token: 'a-long-secret-token' },
    },
  );
  // A field the spec does not name, sent on purpose.
  await kt.generate('image.generate', { prompt: 'x', extra: { style: 'noir' } });

  // @ts-expect-error a misspelled key
  await kt.generate('image.generate', { promt: 'x' });
  // @ts-expect-error a wrong value type
  await kt.generate('image.generate', { prompt: 'x', highDetail: 'yes' });
  // @ts-expect-error a value outside the enum
  await kt.generate('image.generate', { prompt: 'x', outputFormat: 'gif' });
  // @ts-expect-error a task the API does not have
  await kt.generate('image.generat', { prompt: 'x' });
  // @ts-expect-error an option that does not exist
  await kt.generate('image.generate', { prompt: 'x' }, { idempotencyKye: 'k' });
}

export function estimate(kt: KillaTamataClient) {
  const cost = kt.estimateCost('image.generate', { prompt: 'x', width: 1024, height: 1024 });
  cost.usd satisfies number | undefined;
  cost satisfies CostEstimate;
  estimateCost('audio.speak', { text: 'hello' }) satisfies CostEstimate;
  const input: TaskInput<'image.generate'> = { prompt: 'x', highDetail: true };
  // @ts-expect-error a misspelled key
  kt.estimateCost('image.generate', { widht: 1024 });
  // @ts-expect-error a wrong value type
  kt.estimateCost('image.generate', { width: '1024' });
  // @ts-expect-error a value outside the enum
  kt.estimateCost('image.generate', { outputFormat: 'bmp' });
  return input;
}

export async function callbacks(kt: KillaTamataClient) {
  const handler = kt.createCallbackHandler({ token: 'a-long-secret-token' });
  (await handler(new Request('https://example.com'))) satisfies Response;
  // @ts-expect-error a misspelled option
  kt.createCallbackHandler({ tokn: 'a-long-secret-token' });
  // @ts-expect-error a wrong value type
  kt.createCallbackHandler({ token: 42 });
  // @ts-expect-error onJob takes a delivery, not two arguments
  kt.createCallbackHandler({ onJob: (a: string, b: string) => console.log(a, b) });
}

export async function deviceLink(kt: KillaTamataClient) {
  const link = await kt.startDeviceLink({ keyLabel: 'laptop' });
  link.userCode satisfies string;
  link satisfies DeviceLink;
  const key = await kt.pollDeviceLink(link, { intervalMs: 5000 });
  key.reveal() satisfies string;
  // @ts-expect-error a misspelled key
  await kt.startDeviceLink({ keyLable: 'laptop' });
  // @ts-expect-error a wrong value type
  await kt.pollDeviceLink(42);
  // @ts-expect-error a misspelled option
  await kt.pollDeviceLink(link, { intervalMS: 5000 });
}

export async function account(kt: KillaTamataClient) {
  (await kt.balance()).usdBalance satisfies string | undefined;
  (await kt.listKeys())[0]?.keyPrefix satisfies string | undefined;
  const created = await kt.createKey({ label: 'ci' });
  created.apiKey.reveal() satisfies string;
  await kt.revokeKey('kt_live_abc');
  // @ts-expect-error a misspelled key
  await kt.createKey({ lable: 'ci' });
  // @ts-expect-error a wrong value type
  await kt.createKey({ label: 7 });
  // @ts-expect-error a wrong value type
  await kt.revokeKey({ keyPrefix: 'kt_live_abc' });
}
