import { describe, expect, it, vi } from 'vitest';
import type { JobHandle } from '../job-handle.js';
import { createMemoryPushBus } from './memory-push-bus.js';
import type { PushBus } from './push-bus.js';
import { sharedPolling } from './shared-polling.js';

const handle = { id: 'j1' } as JobHandle;

describe('sharedPolling', () => {
  it('lets one client poll a job until its wait ends', async () => {
    const bus = createMemoryPushBus();
    const a = sharedPolling(bus, 'p', 1000);
    const b = sharedPolling(bus, 'p', 1000);
    expect(await a.claimPoll(handle, 10)).toBe(true);
    expect(await b.claimPoll(handle, 10)).toBe(false);
    expect(await a.claimPoll(handle, 10)).toBe(true);
    a.releasePoll(handle);
    await Promise.resolve();
    expect(await b.claimPoll(handle, 10)).toBe(true);
  });

  it('polls when the bus cannot say', async () => {
    const down: PushBus = {
      ...createMemoryPushBus(),
      claimPoll: () => Promise.reject(new Error('bus down')),
    };
    expect(await sharedPolling(down, 'p', 1000).claimPoll(handle, 10)).toBe(true);
  });

  it('polls when the bus does not answer within one request time (a client queueing while offline)', async () => {
    vi.useFakeTimers();
    try {
      const hung: PushBus = { ...createMemoryPushBus(), claimPoll: () => new Promise(() => {}) };
      let claimed: boolean | undefined;
      void sharedPolling(hung, 'p', 1000)
        .claimPoll(handle, 10)
        .then((yes) => (claimed = yes));
      await vi.advanceTimersByTimeAsync(999);
      expect(claimed).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(claimed).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves no timer behind when the bus answers', async () => {
    vi.useFakeTimers();
    try {
      expect(await sharedPolling(createMemoryPushBus(), 'p', 1000).claimPoll(handle, 10)).toBe(
        true,
      );
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
