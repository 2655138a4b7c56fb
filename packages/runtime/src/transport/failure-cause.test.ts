import { afterEach, describe, expect, it } from 'vitest';
import { createProviderClient } from '../client/create-provider-client.js';
import { ConnectionError, SubmitOutcomeUnknownError } from '../errors.js';
import { caught } from '../test-support/caught.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { scriptedServer } from '../test-support/scripted-server.js';
import { failureCause } from './failure-cause.js';

/** How undici reports a failure: "fetch failed", with the system error one or two causes down. */
const fetchFailed = (cause: object) => new TypeError('fetch failed', { cause });
const sys = (code: string) => Object.assign(new Error(`${code} happened`), { code });

describe('failureCause', () => {
  it.each([
    [fetchFailed(sys('ENOTFOUND')), { code: 'ENOTFOUND', notSent: true, permanent: true }],
    [fetchFailed(sys('EAI_AGAIN')), { code: 'EAI_AGAIN', notSent: true, permanent: false }],
    [fetchFailed(sys('ECONNREFUSED')), { code: 'ECONNREFUSED', notSent: true, permanent: false }],
    [fetchFailed(sys('ECONNRESET')), { code: 'ECONNRESET', notSent: false, permanent: false }],
    [
      fetchFailed(new Error('x', { cause: sys('ECONNREFUSED') })),
      { code: 'ECONNREFUSED', notSent: true },
    ],
    [fetchFailed(new Error('bad port')), { code: 'BAD_PORT', notSent: true, permanent: true }],
    [
      fetchFailed(sys('DEPTH_ZERO_SELF_SIGNED_CERT')),
      { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', notSent: true, permanent: true },
    ],
    [fetchFailed(sys('CERT_HAS_EXPIRED')), { code: 'CERT_HAS_EXPIRED', permanent: true }],
    [fetchFailed(sys('ERR_TLS_CERT_ALTNAME_INVALID')), { permanent: true }],
    [fetchFailed(sys('EWHATEVER')), { code: 'EWHATEVER', notSent: false, permanent: false }],
    [new Error('no code at all'), { notSent: false, permanent: false }],
  ])('%s → %j', (error, expected) => {
    expect(failureCause(error)).toMatchObject(expected);
  });
});

describe('a ConnectionError names its cause', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
  const client = (baseUrl: string, fetch?: (r: Request) => Promise<Response>): any =>
    createProviderClient(fixture, {
      apiKey: 'sk_test_causes_0123',
      baseUrl,
      ...(fetch ? { fetch } : {}),
    });
  const thing = { params: { path: { id: 't1' } } };
  const fast = { retry: { baseDelayMs: 1 } };

  it('a refused connection: ECONNREFUSED in the message and as code', async () => {
    const server = await scriptedServer(() => undefined);
    await server.close();
    const error = await caught(client(server.url).call('getThing', thing, fast));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toMatch(/after 3 attempt\(s\): ECONNREFUSED: the connection was refused/);
  });

  it.each([
    ['ENOTFOUND', /after 1 attempt\(s\): ENOTFOUND: the host name does not resolve/],
    [
      'SELF_SIGNED_CERT_IN_CHAIN',
      /SELF_SIGNED_CERT_IN_CHAIN: the server's TLS certificate was refused/,
    ],
  ])('%s fails at once, without retries, and says why', async (code, message) => {
    let attempts = 0;
    const error = await caught(
      client('https://api.acme.test/v1', async () => {
        attempts++;
        throw fetchFailed(sys(code));
      }).call('getThing', thing, fast),
    );
    expect(attempts).toBe(1);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('a blocked port on a paid POST is a ConnectionError, not "the connection was lost"', async () => {
    // Port 6000 is on fetch's blocked list: undici refuses it before connecting.
    const error = await caught(
      client('http://127.0.0.1:6000').submit('createJob', { body: { prompt: 'a fox' } }),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(SubmitOutcomeUnknownError);
    expect(error.jobMayExist).toBeUndefined();
    expect(error.code).toBe('BAD_PORT');
    expect(error.message).toMatch(/after 1 attempt\(s\): BAD_PORT: fetch refuses/);
  });

  it('a reset names its code', async () => {
    const server = await scriptedServer((req) => void req.socket.destroy());
    close = server.close;
    const error = await caught(client(server.url).call('getThing', thing, fast));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(error.message).toContain(error.code);
    expect(error.message).not.toMatch(/fetch failed/);
  });
});
