import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../errors.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { createProviderClient } from './create-provider-client.js';

const apiKey = 'sk_test_invalid_json_0123456789';

// biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
type AnyClient = any;

/** A client whose every answer is a 200 with a body that is not JSON, echoing the request's key. */
function client() {
  const sent: Request[] = [];
  const c: AnyClient = createProviderClient(fixture, {
    apiKey,
    fetch: async (request: Request) => {
      sent.push(request);
      return new Response(
        `{"id": "job_1", "echo": "${request.headers.get('authorization')}" oops`,
        {
          headers: { 'content-type': 'application/json' },
        },
      );
    },
  });
  return { c, sent };
}

const caught = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (e: unknown) => e as InvalidResponseError,
  );

describe("a 200 that is not JSON, through openapi-fetch's own methods", () => {
  it('is an InvalidResponseError, as from call(), with no key in it', async () => {
    const { c } = client();
    const error = await caught(c.GET('/things/{id}', { params: { path: { id: 't1' } } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ operationId: 'getThing', method: 'GET', path: '/things/{id}' });
    expect(error?.jobMayExist).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain(apiKey);
    expect(String(error?.stack)).not.toContain(apiKey);
  });

  it('on a paid submit says the job may exist', async () => {
    const { c } = client();
    const error = await caught(c.POST('/jobs', { body: { prompt: 'a fox' } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error?.jobMayExist).toBe(true);
  });

  it('on a keyed submit carries the key it was sent with', async () => {
    const { c, sent } = client();
    const error = await caught(c.request('post', '/keyed-jobs', { body: { prompt: 'a fox' } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    const key = sent[0]?.headers.get('x-idempotency-key');
    expect(key).toBeTruthy();
    expect(error).toMatchObject({ jobMayExist: true, idempotencyKey: key });
    expect(error?.message).toContain(`idempotencyKey '${key}'`);
  });
});
