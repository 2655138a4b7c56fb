import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../errors.js';
import { createPushHub } from '../jobs/push-hub.js';
import { createMemoryPushBus } from '../state/memory-push-bus.js';
import { shareEnds } from '../state/share-ends.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { createPushHandler } from './create-push-handler.js';

const url = 'https://app.test/hooks/acme?token=s3cret-token-16ch';
const done = { id: 'job_1', status: 'done', outputs: [{ url: 'https://cdn/a.mp4' }] };
const post = (body: unknown, at = url, headers: Record<string, string> = {}) =>
  new Request(at, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('createPushHandler', () => {
  it('verifies the token, types the job, settles the pending wait, and answers after onJob', async () => {
    const hub = createPushHub();
    const pending = hub.expect('job_1');
    let finish!: () => void;
    const onJob = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const handler = createPushHandler(
      { metadata: fixture, hub },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob },
    );
    const answered = handler(post(done));
    const arrival = await pending.arrived;
    expect(arrival.job).toMatchObject({
      id: 'job_1',
      status: 'succeeded',
      outputs: ['https://cdn/a.mp4'],
    });
    let settled = false;
    void answered.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    finish();
    const response = await answered;
    expect(response.status).toBe(200);
    expect(onJob).toHaveBeenCalledWith(expect.objectContaining({ push: 'jobDone', body: done }));
  });

  it('refuses a wrong or missing token with 401 and runs nothing', async () => {
    const onJob = vi.fn();
    const handler = createPushHandler(
      { metadata: fixture },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob },
    );
    expect(
      (await handler(post(done, 'https://app.test/hooks/acme?token=s3cret-token-16cx'))).status,
    ).toBe(401);
    expect((await handler(post(done, 'https://app.test/hooks/acme'))).status).toBe(401);
    expect(onJob).not.toHaveBeenCalled();
  });

  it('handles a repeated delivery once, including one that arrives while the first is running', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const onJob = vi.fn(() => gate);
    const handler = createPushHandler(
      { metadata: fixture },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob },
    );
    const first = handler(post(done));
    const second = handler(post(done));
    release();
    const third = await handler(post(done));
    expect([(await first).status, (await second).status, third.status]).toEqual([200, 200, 200]);
    expect(await third.json()).toEqual({ received: true, duplicate: true });
    expect(onJob).toHaveBeenCalledTimes(1);
  });

  it('answers 5xx when onJob fails, and runs it again on the provider retry', async () => {
    const onJob = vi
      .fn()
      .mockRejectedValueOnce(new Error('db down'))
      .mockResolvedValueOnce(undefined);
    const handler = createPushHandler(
      { metadata: fixture },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob },
    );
    const failed = await handler(post(done));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('db down');
    expect((await handler(post(done))).status).toBe(200);
    expect(onJob).toHaveBeenCalledTimes(2);
  });

  it('answers 503 when onJob outlives the timeout, so the provider retries', async () => {
    const handler = createPushHandler(
      { metadata: fixture },
      {
        push: 'jobDone',
        token: 's3cret-token-16ch',
        timeoutMs: 20,
        onJob: () => new Promise(() => {}),
      },
    );
    expect((await handler(post(done))).status).toBe(503);
  });

  it('refuses bodies that are not JSON, name no job, are too large, or use the wrong method', async () => {
    const handler = createPushHandler(
      { metadata: fixture },
      { push: 'jobDone', token: 's3cret-token-16ch', maxBodyBytes: 100 },
    );
    expect((await handler(post('{not json'))).status).toBe(400);
    expect((await handler(post({ status: 'done' }))).status).toBe(400);
    expect((await handler(post({ ...done, pad: 'x'.repeat(200) }))).status).toBe(413);
    expect((await handler(new Request(url))).status).toBe(405);
  });

  it('needs a verifier where the spec names no scheme, and uses it', async () => {
    expect(() => createPushHandler({ metadata: fixture }, { push: 'jobEvent' })).toThrow(
      ConfigurationError,
    );
    expect(() => createPushHandler({ metadata: fixture }, { push: 'jobDone' })).toThrow(
      /pass \{ token \}/,
    );
    expect(() => createPushHandler({ metadata: fixture })).toThrow(/jobDone, jobEvent/);
    const verify = vi.fn(
      (request: Request, raw: string) => request.headers.get('x-sig') === `sig:${raw.length}`,
    );
    const handler = createPushHandler({ metadata: fixture }, { push: 'jobEvent', verify });
    const event = JSON.stringify({ job: { id: 'job_2', status: 'failed' } });
    expect((await handler(post(event, url, { 'x-sig': 'nope' }))).status).toBe(401);
    expect((await handler(post(event, url, { 'x-sig': `sig:${event.length}` }))).status).toBe(200);
  });

  it('answers, never throws, when a verifier or onIgnored throws or the body breaks mid-read', async () => {
    const onJob = vi.fn();
    const event = JSON.stringify({ job: { id: 'job_3', status: 'failed' } });
    for (const verify of [
      () => {
        throw new Error('bad signature header');
      },
      () => Promise.reject(new Error('key fetch failed')),
    ]) {
      const handler = createPushHandler({ metadata: fixture }, { push: 'jobEvent', verify, onJob });
      const response = await handler(post(event)).catch((error: unknown) => error);
      expect(response).toBeInstanceOf(Response);
      expect((response as Response).status).toBe(500);
      expect(await (response as Response).text()).not.toContain('bad signature');
    }
    expect(onJob).not.toHaveBeenCalled();

    const hub = createPushHub();
    const handler = createPushHandler(
      { metadata: fixture, hub },
      {
        push: 'jobDone',
        token: 's3cret-token-16ch',
        onIgnored: () => {
          throw new Error('hook broke');
        },
      },
    );
    expect((await handler(post(done))).status).toBe(200);
    const conflict = await handler(post({ ...done, status: 'failed' })).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(Response);
    expect((conflict as Response).status).toBe(200);

    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
        controller.error(new Error('socket hang up'));
      },
    });
    const cut = new Request(url, { method: 'POST', body: broken, duplex: 'half' } as RequestInit);
    const answered = await handler(cut).catch((e: unknown) => e);
    expect(answered).toBeInstanceOf(Response);
    expect((answered as Response).status).toBe(400);
  });

  it('ignores a contradicting end with a bus too: onJob sees only the first', async () => {
    const hub = shareEnds(createPushHub(), createMemoryPushBus(), fixture.id);
    const onJob = vi.fn();
    const onIgnored = vi.fn();
    const handler = createPushHandler(
      { metadata: fixture, hub },
      { push: 'jobDone', token: 's3cret-token-16ch', onJob, onIgnored },
    );
    const waiting = hub.expect('job_1');
    expect((await handler(post(done))).status).toBe(200);
    await waiting.arrived;
    const second = await handler(post({ ...done, status: 'failed' }));
    expect(await second.json()).toMatchObject({ ignored: 'the job already ended succeeded' });
    expect(onJob).toHaveBeenCalledTimes(1);
    expect(onIgnored).toHaveBeenCalledTimes(1);
  });
});
