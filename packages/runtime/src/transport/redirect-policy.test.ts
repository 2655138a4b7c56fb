import { describe, expect, it } from 'vitest';
import { decideRedirect, type RedirectHop, suggestBaseUrl } from './redirect-policy.js';

const base: RedirectHop = {
  status: 302,
  method: 'GET',
  from: 'https://api.acme.test/v1/things/1',
  location: '/v1/things/2',
  resendable: true,
  allowedOrigins: new Set(['https://api.acme.test', 'https://www.acme.test']),
  hops: 0,
};

describe('decideRedirect', () => {
  it.each<[string, Partial<RedirectHop>, string, boolean?]>([
    ['a 200 is not a redirect', { status: 200 }, 'none'],
    ['a 3xx without Location is an answer', { location: null }, 'none'],
    ['a same-origin GET', {}, 'follow'],
    ['a GET to a trusted origin', { location: 'https://www.acme.test/v1/x' }, 'follow'],
    ['a 303 of a GET', { status: 303 }, 'follow'],
    ['a GET to another origin', { location: 'https://evil.test/v1/x' }, 'refuse', false],
    ['https to plain http on the same host', { location: 'http://api.acme.test/v1' }, 'refuse'],
    ['a 307 of an unpaid POST', { status: 307, method: 'POST' }, 'follow'],
    ['a 308 of an unpaid POST', { status: 308, method: 'POST' }, 'follow'],
    ['a 307 of a paid POST', { status: 307, method: 'POST', resendable: false }, 'refuse', true],
    ['a 301 of a POST', { status: 301, method: 'POST' }, 'refuse'],
    ['a 302 of a paid POST', { status: 302, method: 'POST', resendable: false }, 'refuse', true],
    ['a 303 of a POST', { status: 303, method: 'POST' }, 'refuse'],
    ['a sixth hop', { hops: 5 }, 'refuse'],
    ['a Location that is no URL', { location: 'http://[::1' }, 'refuse'],
    ['a protocol-relative Location elsewhere', { location: '//evil.test/v1/x' }, 'refuse'],
    ['a relative Location', { location: '../things/3' }, 'follow'],
    // fetch refuses to build a request for it: the hop failed as a lost connection, retried, and
    // quoted the credentials in the ConnectionError's message.
    [
      'a same-origin Location with credentials in it',
      { location: 'https://user:pw@api.acme.test/v1/x' },
      'refuse',
    ],
    ['a Location with only a user name', { location: '//user@api.acme.test/v1/x' }, 'refuse'],
  ])('%s', (_name, hop, action, jobMayExist) => {
    const decision = decideRedirect({ ...base, ...hop });
    expect(decision.action).toBe(action);
    if (jobMayExist !== undefined && decision.action === 'refuse') {
      expect(decision.jobMayExist).toBe(jobMayExist);
    }
  });

  it('follows to the resolved absolute URL, keeping the body only on 307/308', () => {
    expect(decideRedirect(base)).toEqual({
      action: 'follow',
      url: 'https://api.acme.test/v1/things/2',
      keepBody: false,
    });
    expect(decideRedirect({ ...base, status: 308, method: 'PUT' })).toMatchObject({
      keepBody: true,
    });
  });
});

describe('suggestBaseUrl', () => {
  it.each([
    [
      'https://vydra.ai/api/v1',
      'https://vydra.ai/api/v1/models',
      'https://www.vydra.ai/api/v1/models',
      'https://www.vydra.ai/api/v1',
    ],
    ['https://a.test', 'https://a.test/jobs', 'https://b.test/v2/jobs', 'https://b.test/v2'],
    ['https://a.test/v1', 'https://a.test/v1/jobs', 'https://b.test/login', 'https://b.test'],
  ])('%s, %s → %s gives %s', (baseUrl, from, to, expected) => {
    expect(suggestBaseUrl(baseUrl, from, new URL(to))).toBe(expected);
  });
});
