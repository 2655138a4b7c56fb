/**
 * The stall timer is cleared on every way out of a download. A file of its own, with no real
 * request in it: undici's own timers would otherwise share the fake clock being counted.
 */
import { tmpdir } from 'node:os';
import { afterEach, expect, it, vi } from 'vitest';
import { downloadOutputs } from './download.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('leaves no timer behind when the request itself fails (it would hold the process open a minute)', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
  await expect(
    downloadOutputs(['https://cdn.example/a.png'], { dir: tmpdir(), jobId: 'job_1' }),
  ).rejects.toThrow('fetch failed');
  expect(vi.getTimerCount()).toBe(0);
});
