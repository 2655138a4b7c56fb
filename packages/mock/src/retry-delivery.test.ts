import type { RedeliverOn } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { type DeliveryResult, shouldRedeliver } from './retry-delivery.js';

const killaTamata: RedeliverOn[] = ['network', 'timeout', 408, 429, '5xx'];

describe('shouldRedeliver', () => {
  it.each<[DeliveryResult, boolean]>([
    [{ status: 200 }, false],
    [{ status: 204 }, false],
    [{ status: 408 }, true],
    [{ status: 429 }, true],
    [{ status: 503 }, true],
    [{ status: 400 }, false],
    [{ status: 404 }, false],
    [{ error: 'network' }, true],
    [{ error: 'timeout' }, true],
  ])('%j → %s', (result, again) => {
    expect(shouldRedeliver(result, killaTamata)).toBe(again);
  });

  it('never retries when the spec names nothing', () => {
    expect(shouldRedeliver({ status: 500 }, [])).toBe(false);
    expect(shouldRedeliver({ error: 'network' }, [])).toBe(false);
  });
});
