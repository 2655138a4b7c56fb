import { describe, expect, it } from 'vitest';
import { AttemptStop } from './attempt-stop.js';
import { BodyTooLarge, bufferedResponse, readBody } from './read-body.js';

const answer = () =>
  new Response('{"ok":1}', { status: 201, headers: { 'content-type': 'application/json' } });

describe('readBody', () => {
  it('reads a whole body, and refuses one over the cap', async () => {
    const signal = new AbortController().signal;
    expect(new TextDecoder().decode((await readBody(answer(), 100, signal))!)).toBe('{"ok":1}');
    await expect(readBody(answer(), 3, signal)).rejects.toBeInstanceOf(BodyTooLarge);
  });

  it('keeps the first bytes of a body over the cap when asked to truncate', async () => {
    const signal = new AbortController().signal;
    const body = await readBody(answer(), 4, signal, true);
    expect(new TextDecoder().decode(body!)).toBe('{"ok');
  });

  it('ends on abort even when the stream never does', async () => {
    const stalled = new Response(new ReadableStream({ pull: () => new Promise(() => {}) }));
    const controller = new AbortController();
    const read = readBody(stalled, 100, controller.signal);
    controller.abort(new Error('stop'));
    await expect(read).rejects.toThrow('stop');
  });

  it("ends on its attempt's stop, which cancels the reader it left, when the stream never does", async () => {
    const stalled = new Response(new ReadableStream({ pull: () => new Promise(() => {}) }));
    const caller = new AbortController();
    const stop = new AttemptStop(caller.signal);
    const read = readBody(stalled, 100, stop);
    caller.abort(new Error('caller gave up'));
    await expect(read).rejects.toThrow('caller gave up');
    expect(stop.reading).toBeUndefined();
    stop.dispose();
  });
});

describe('bufferedResponse', () => {
  it('keeps status and headers, and reads its body from memory, again and again', async () => {
    const original = answer();
    const bytes = await readBody(original, 100, new AbortController().signal);
    const response = bufferedResponse(original, bytes);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: 1 });
    expect(await response.text()).toBe('{"ok":1}');
    expect(await response.clone().json()).toEqual({ ok: 1 });
    expect(await new Response(response.body).text()).toBe('{"ok":1}');
    expect(response.bodyUsed).toBe(false);
  });
});
