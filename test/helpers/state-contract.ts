/**
 * What every JobStore and PushBus promises, run against the in-memory defaults and against Redis.
 * `make` returns two views of one shared state: two processes' clients (the same object in memory).
 */
import type { JobStore, PushBus, SharedJobEnd } from '@mediagen/runtime';
import { expect, it } from 'vitest';
import { killaTamataHandle } from './killatamata-handle.ts';

export interface SharedState {
  a: { store: JobStore; bus: PushBus };
  b: { store: JobStore; bus: PushBus };
}

const handle = killaTamataHandle;

const end = (id: string, status: 'succeeded' | 'failed'): SharedJobEnd => ({
  provider: 'killatamata',
  job: { id, state: status === 'succeeded' ? 'completed' : 'failed', status, outputs: [] },
  body: { id, status },
});

const claim = (owner: string, ttlMs = 60_000) => ({ owner, ttlMs });

const next = (bus: PushBus, id: string) =>
  new Promise<SharedJobEnd>((resolve) => bus.subscribe('killatamata', id, resolve));

export function stateContract(make: () => SharedState, unique: () => string) {
  it('journals a key once: a second begin gets the first entry back, unchanged', async () => {
    const { a, b } = make();
    const key = unique();
    const first = await a.store.begin(
      {
        key,
        provider: 'killatamata',
        operationId: 'submitMediaJob',
        idempotencyKey: 'k-1',
        request: { body: { task: 'image.generate' } },
      },
      claim('first'),
    );
    expect(first.created).toBe(true);
    const again = await b.store.begin(
      {
        key,
        provider: 'killatamata',
        operationId: 'submitMediaJob',
        idempotencyKey: 'k-2',
      },
      claim('second'),
    );
    expect(again).toEqual({ entry: first.entry, created: false });
    expect(again.entry.request).toEqual({ body: { task: 'image.generate' } });
  });

  it('keeps the handle and the outcome, and lists only unsettled entries as pending', async () => {
    const { a, b } = make();
    const [done, open, bare] = [unique(), unique(), unique()];
    for (const key of [done, open, bare]) {
      await a.store.begin(
        { key, provider: 'killatamata', operationId: 'submitMediaJob' },
        claim('a'),
      );
    }
    await a.store.recordHandle(done, handle('j-done'));
    await a.store.recordHandle(open, handle('j-open'));
    await a.store.settle(done, { status: 'succeeded', result: { outputs: ['u'] } });
    expect(await b.store.get(done)).toMatchObject({
      handle: { id: 'j-done' },
      outcome: { status: 'succeeded', result: { outputs: ['u'] } },
    });
    const pending = (await b.store.listPending({ provider: 'killatamata' })).map((e) => e.key);
    expect(pending).toEqual(expect.arrayContaining([open, bare]));
    expect(pending).not.toContain(done);
    expect(await b.store.listPending({ provider: 'vydra' })).toEqual([]);
  });

  it('discards an entry, and refuses a handle for a key never begun', async () => {
    const { a, b } = make();
    const key = unique();
    await a.store.begin(
      { key, provider: 'killatamata', operationId: 'submitMediaJob' },
      claim('a'),
    );
    await b.store.discard(key);
    expect(await a.store.get(key)).toBeUndefined();
    await expect(a.store.recordHandle(key, handle('x'))).rejects.toThrow(/no( journal)? entry/i);
  });

  it('lets one attempt submit a key at a time: the creator, then whoever outlives its claim', async () => {
    const { a, b } = make();
    const [key, other] = [unique(), unique()];
    await a.store.begin(
      { key, provider: 'killatamata', operationId: 'submitMediaJob' },
      claim('creator', 30),
    );
    expect(await b.store.claimSubmit(key, claim('resumer'))).toBe(false);
    let taken = false;
    for (let i = 0; i < 200 && !taken; i++) {
      taken = await b.store.claimSubmit(key, claim('resumer'));
      if (!taken) await new Promise((r) => setTimeout(r, 5));
    }
    expect(taken).toBe(true);
    expect(await a.store.claimSubmit(key, claim('creator'))).toBe(false);
    // Once the handle is kept, the claim is free: nobody needs to submit.
    await a.store.begin(
      { key: other, provider: 'killatamata', operationId: 'submitMediaJob' },
      claim('creator'),
    );
    await a.store.recordHandle(other, handle('j-other'));
    expect(await b.store.claimSubmit(other, claim('resumer'))).toBe(true);
  });

  it('gives up a submit claim its owner renews for 0 ms, and leaves another owner its claim', async () => {
    const { a, b } = make();
    const [key, free] = [unique(), unique()];
    await a.store.begin(
      { key, provider: 'killatamata', operationId: 'submitMediaJob' },
      claim('creator'),
    );
    expect(await b.store.claimSubmit(key, claim('resumer', 0))).toBe(false);
    expect(await b.store.claimSubmit(key, claim('resumer'))).toBe(false);
    await a.store.claimSubmit(key, claim('creator', 0));
    expect(await b.store.claimSubmit(key, claim('resumer'))).toBe(true);
    // A claim nobody holds: giving it up takes nothing.
    await a.store.claimSubmit(free, claim('creator', 0));
    expect(await b.store.claimSubmit(free, claim('resumer'))).toBe(true);
  });

  it('settles a wait in the other process, and the first end stays final', async () => {
    const { a, b } = make();
    const id = unique();
    const seen: SharedJobEnd[] = [];
    b.bus.subscribe('killatamata', id, (e) => seen.push(e));
    const arrived = next(b.bus, id);
    expect(await a.bus.publish(end(id, 'succeeded'))).toEqual(end(id, 'succeeded'));
    expect(await arrived).toEqual(end(id, 'succeeded'));
    // A later, different end (a stale poll, a duplicate push) is answered with the first.
    expect(await b.bus.publish(end(id, 'failed'))).toEqual(end(id, 'succeeded'));
    // A wait that starts after the end reads it.
    expect(await next(a.bus, id)).toEqual(end(id, 'succeeded'));
    expect(seen).toEqual([end(id, 'succeeded')]);
  });

  it('lets one owner poll a job at a time, until it releases or its claim lapses', async () => {
    const { a, b } = make();
    const id = unique();
    expect(await a.bus.claimPoll('killatamata', id, 'a', 60_000)).toBe(true);
    expect(await b.bus.claimPoll('killatamata', id, 'b', 60_000)).toBe(false);
    expect(await a.bus.claimPoll('killatamata', id, 'a', 60_000)).toBe(true);
    await a.bus.releasePoll('killatamata', id, 'a');
    expect(await b.bus.claimPoll('killatamata', id, 'b', 20)).toBe(true);
    // b's short claim lapses: bounded, since a's claim can only succeed once 20 ms have passed.
    let taken = false;
    for (let i = 0; i < 200 && !taken; i++) {
      taken = await a.bus.claimPoll('killatamata', id, 'a', 60_000);
      if (!taken) await new Promise((r) => setTimeout(r, 5));
    }
    expect(taken).toBe(true);
  });
}
