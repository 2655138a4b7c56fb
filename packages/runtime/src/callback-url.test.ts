import { describe, expect, it } from 'vitest';
import { callbackUrlProblem, pushTokenProblem } from './callback-url.js';
import { createProviderClient } from './client/create-provider-client.js';
import { ConfigurationError, ValidationError } from './errors.js';
import { fixture } from './test-support/fixture-metadata.js';

describe('callbackUrlProblem', () => {
  it.each([
    ['https://example.com/hook?token=x', false],
    ['http://127.0.0.1:3000/hook', false],
    ['http://localhost/hook', false],
    ['http://[::1]/hook', false],
    ['http://example.com/hook', true],
    ['javascript:alert(1)', true],
    ['file:///etc/passwd', true],
    ['ws://example.com/hook', true],
    ['/relative/hook', true],
    [42, true],
  ])('%s refused: %s', (url, refused) => {
    expect(callbackUrlProblem(url) !== undefined).toBe(refused);
  });
});

describe('pushTokenProblem: one minimum for every token handler', () => {
  it.each([
    ['0123456789abcdef', false],
    ['0123456789abcde', true],
    ['a', true],
    [undefined, true],
  ])('%j refused: %s', (token, refused) => {
    expect(pushTokenProblem(token) !== undefined).toBe(refused);
  });
});

describe('the client refuses before sending', () => {
  const client = () => {
    const sent: Request[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
    const c: any = createProviderClient(fixture, {
      apiKey: 'sk_test_callback_url',
      fetch: async (request: Request) => {
        sent.push(request);
        return Response.json({ id: 'job_1', status: 'queued' });
      },
    });
    return { c, sent };
  };

  it.each(['javascript:alert(1)', 'http://example.com/hook?token=0123456789abcdef'])(
    'a submit whose callback URL is %s, even with validate: false',
    async (callbackUrl) => {
      const { c, sent } = client();
      for (const validate of [true, false]) {
        await expect(
          c.submit('createJob', { body: { prompt: 'a fox', callbackUrl } }, { validate }),
        ).rejects.toThrow(ValidationError);
      }
      expect(sent).toEqual([]);
    },
  );

  it('a push handler given a token under 16 characters', () => {
    const { c } = client();
    expect(() => c.pushHandler({ push: 'jobDone', token: 'a' })).toThrow(ConfigurationError);
    expect(() => c.pushHandler({ push: 'jobDone', token: '0123456789abcdef' })).not.toThrow();
  });
});
