import { describe, expect, it } from 'vitest';
import type { Answer } from './answer.js';
import { oncePerKey } from './in-flight-submits.js';
import type { MockContext } from './mock-context.js';

const ctx = {
  model: { submits: new Map([['submitJob', { idempotencyHeader: 'x-idempotency-key' }]]) },
  store: {},
} as unknown as MockContext;

/** A submit that takes a while, counting how often it ran. */
function slowSubmit() {
  let runs = 0;
  const submit = async (): Promise<Answer> => {
    runs++;
    await new Promise((r) => setTimeout(r, 20));
    return { status: 200, headers: {}, body: Buffer.from(String(runs)) };
  };
  return { submit, runs: () => runs };
}

const headers = (key?: string) => new Headers(key ? { 'X-Idempotency-Key': key } : {});

describe('oncePerKey', () => {
  it('answers submits with one key in flight at once from the first, which alone runs', async () => {
    const { submit, runs } = slowSubmit();
    const [a, b] = await Promise.all([
      oncePerKey(ctx, 'submitJob', headers('k1'), submit),
      oncePerKey(ctx, 'submitJob', headers('k1'), submit),
    ]);
    expect(runs()).toBe(1);
    expect(b).toBe(a);
  });

  it('runs submits with other keys, or none, each on its own', async () => {
    const { submit, runs } = slowSubmit();
    await Promise.all([
      oncePerKey(ctx, 'submitJob', headers('k2'), submit),
      oncePerKey(ctx, 'submitJob', headers('k3'), submit),
      oncePerKey(ctx, 'submitJob', headers(), submit),
      oncePerKey(ctx, 'submitJob', headers(), submit),
    ]);
    expect(runs()).toBe(4);
  });

  it('lets a key run again once its first submit was answered (the replay store answers it then)', async () => {
    const { submit, runs } = slowSubmit();
    await oncePerKey(ctx, 'submitJob', headers('k4'), submit);
    await oncePerKey(ctx, 'submitJob', headers('k4'), submit);
    expect(runs()).toBe(2);
  });
});
