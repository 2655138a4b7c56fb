/**
 * Type tests of @mediagen/vydra, checked by `tsc` (never run): in the workspace program, and in the
 * consumer test against the packed tarballs. Each helper's documented example compiles; each
 * `@ts-expect-error` line is a mistake the editor must catch.
 */
import {
  type Balance,
  type CancelReport,
  createVydraClient,
  type Generation,
  type VydraClient,
  type VydraModel,
} from '@mediagen/vydra';

export async function generate(vydra: VydraClient = createVydraClient({ checkModels: true })) {
  // The README's examples.
  const video = await vydra.generate('veo3', { prompt: 'a fox in the snow', aspect_ratio: '16:9' });
  video.videoUrl satisfies string | undefined;
  video.body.status satisfies string;
  video satisfies Generation;
  await vydra.generate('grok-imagine', { prompt: 'a fox', model: 'text-to-image' });
  // Any catalog model: its body is whatever its inputSchema says.
  await vydra.generate('elevenlabs-tts', { text: 'Hello there' });
  // A field the spec does not name, sent on purpose.
  await vydra.generate('veo3', { prompt: 'x', extra: { seed: 7 } });

  // @ts-expect-error a misspelled key
  await vydra.generate('veo3', { promt: 'x' });
  // @ts-expect-error a wrong value type
  await vydra.generate('veo3', { prompt: 7 });
  // @ts-expect-error a value outside the enum
  await vydra.generate('veo3', { prompt: 'x', aspect_ratio: '4:3' });
  // @ts-expect-error a value outside the enum, on another named model
  await vydra.generate('grok-imagine', { prompt: 'x', model: 'text-to-audio' });
  // @ts-expect-error an option that does not exist
  await vydra.generate('veo3', { prompt: 'x' }, { cancelOnAbrt: false });
}

export async function cancel(vydra: VydraClient) {
  const report = await vydra.cancel('job_abc123');
  report.cancelled satisfies boolean;
  report.creditsRefunded satisfies number | undefined;
  report satisfies CancelReport;
  // @ts-expect-error a wrong value type
  await vydra.cancel(123);
  // @ts-expect-error a misspelled option
  await vydra.cancel('job_abc123', { timeoutMS: 5000 });
  // @ts-expect-error a wrong option type
  await vydra.cancel('job_abc123', { timeoutMs: '5s' });
}

export async function checkBalance(vydra: VydraClient) {
  const balance = await vydra.checkBalance({ warnBelow: 1000 });
  balance.creditsRemaining satisfies number;
  balance.low satisfies boolean;
  balance satisfies Balance;
  // @ts-expect-error a misspelled option
  await vydra.checkBalance({ warnBellow: 1000 });
  // @ts-expect-error a wrong value type
  await vydra.checkBalance({ warnBelow: 'lots' });
  // @ts-expect-error onLowBalance takes the balance, not a string
  await vydra.checkBalance({ onLowBalance: (message: string) => console.log(message) });
}

export async function models(vydra: VydraClient) {
  const rows = await vydra.models({ refresh: true });
  rows[0]?.slug satisfies string | undefined;
  rows satisfies VydraModel[];
  vydra.models.clear();
  // @ts-expect-error a misspelled option
  await vydra.models({ refesh: true });
  // @ts-expect-error a wrong value type
  await vydra.models({ refresh: 'yes' });
  // @ts-expect-error a wrong argument
  await vydra.models('veo3');
}

export async function speak(vydra: VydraClient) {
  const speech = await vydra.speak({ text: 'Hello there', voice_id: 'EXAVITQu4vr4xnSDxMaL' });
  speech.audioUrl satisfies string;
  // A field of the model's inputSchema the spec does not name, sent on purpose.
  await vydra.speak({ text: 'Hello there', extra: { stability: 0.5 } });
  // @ts-expect-error a misspelled key
  await vydra.speak({ text: 'Hello there', voice: 'Rachel' });
  // @ts-expect-error the text is required
  await vydra.speak({ voice_id: 'EXAVITQu4vr4xnSDxMaL' });
  // @ts-expect-error a wrong value type
  await vydra.speak({ text: 42 });
}
