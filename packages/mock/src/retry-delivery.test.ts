import type { RedeliverOn } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { mayDeliverTo } from './deliver-pushes.js';
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
    [{ error: 'remote' }, false],
  ])('%j → %s', (result, again) => {
    expect(shouldRedeliver(result, killaTamata)).toBe(again);
  });

  it.each<[string, boolean, boolean]>([
    ['http://127.0.0.1:4010/hook', false, true],
    ['http://localhost:9/hook', false, true],
    ['http://[::1]:9/hook', false, true],
    ['https://example.com/webhooks/media-job-terminal?token=replace-me', false, false],
    ['http://127.0.0.1.example.com/hook', false, false],
    ['not a url', false, false],
    ['https://example.com/hook', true, true],
  ])('delivers to %s with remotePushes %s: %s', (url, remote, sent) => {
    expect(mayDeliverTo(url, remote)).toBe(sent);
  });

  it('never retries when the spec names nothing', () => {
    expect(shouldRedeliver({ status: 500 }, [])).toBe(false);
    expect(shouldRedeliver({ error: 'network' }, [])).toBe(false);
  });
});
