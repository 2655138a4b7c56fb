import { describe, expect, it, vi } from 'vitest';
import { createPushHub, type PushArrival } from '../jobs/push-hub.js';
import { createMemoryPushBus } from './memory-push-bus.js';
import type { PushBus } from './push-bus.js';
import { shareEnds } from './share-ends.js';

const arrival = (id: string, status: 'succeeded' | 'failed'): PushArrival => ({
  job: { id, state: status, status, outputs: [] },
  body: { id, status },
});

describe('shareEnds', () => {
  it('settles a wait in another client from an end delivered to this one', async () => {
    const bus = createMemoryPushBus();
    const web = shareEnds(createPushHub(), bus, 'p');
    const worker = shareEnds(createPushHub(), bus, 'p');
    const waiting = worker.expect('j1');
    web.deliver(arrival('j1', 'succeeded'));
    expect(await waiting.arrived).toEqual(arrival('j1', 'succeeded'));
    waiting.release();
  });

  it('ends every wait on the first end, here too, when a different one comes later', async () => {
    const bus = createMemoryPushBus();
    const a = shareEnds(createPushHub(), bus, 'p');
    const b = shareEnds(createPushHub(), bus, 'p');
    a.deliver(arrival('j2', 'succeeded'));
    await Promise.resolve();
    const later = b.expect('j2');
    b.deliver(arrival('j2', 'failed'));
    expect((await later.arrived).job.status).toBe('succeeded');
    expect((await b.expect('j2').arrived).job.status).toBe('succeeded');
  });

  it('keeps an end local when the bus cannot take it', async () => {
    const down: PushBus = {
      ...createMemoryPushBus(),
      publish: () => Promise.reject(new Error('bus down')),
    };
    const hub = shareEnds(createPushHub(), down, 'p');
    const waiting = hub.expect('j3');
    hub.deliver(arrival('j3', 'failed'));
    expect((await waiting.arrived).job.status).toBe('failed');
  });

  it('keeps an end local when the bus does not answer (a client queueing while it reconnects)', async () => {
    vi.useFakeTimers();
    try {
      const hung: PushBus = { ...createMemoryPushBus(), publish: () => new Promise(() => {}) };
      const hub = shareEnds(createPushHub(), hung, 'p', 1000);
      const waiting = hub.expect('j4');
      let heard: PushArrival | undefined;
      void waiting.arrived.then((end) => (heard = end));
      hub.deliver(arrival('j4', 'succeeded'));
      await vi.advanceTimersByTimeAsync(999);
      expect(heard).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(heard?.job.status).toBe('succeeded');
      waiting.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a repeat or a contradiction of an end known here at once, as a hub alone does', async () => {
    const hub = shareEnds(createPushHub(), createMemoryPushBus(), 'p');
    const waiting = hub.expect('j5');
    hub.deliver(arrival('j5', 'succeeded'));
    await waiting.arrived;
    expect(hub.deliver(arrival('j5', 'succeeded'))).toMatchObject({ verdict: 'repeat' });
    expect(hub.deliver(arrival('j5', 'failed'))).toMatchObject({
      verdict: 'conflict',
      end: { job: { status: 'succeeded' } },
    });
  });
});
