import { describe, expect, it } from 'vitest';
import { jobReader } from './job-reader.ts';
import type { OpenApiDocument } from './openapi-document.ts';
import { pushPayloadTypes as payloadTypes } from './push-types.ts';
import { specToPushes as readPushes } from './spec-to-pushes.ts';

// Documents as YAML parses them, malformed on purpose where a test says so: the reader checks them.
type Reads = Parameters<typeof readPushes>;
const specToPushes = (name: string, doc: unknown, operations: Reads[2], readJob: Reads[3]) =>
  readPushes(name, doc as OpenApiDocument, operations, readJob);
const pushPayloadTypes = (name: string, doc: unknown) => payloadTypes(name, doc as OpenApiDocument);

const operations = {
  createJob: {
    method: 'post',
    path: '/jobs',
    auth: true,
    status: { operationId: 'getJob', parameters: {} },
  },
  getJob: {
    method: 'get',
    path: '/jobs',
    auth: true,
    job: {
      state: '/s',
      states: { running: [], succeeded: ['ok'], failed: [], cancelled: [] },
      outputs: [],
      schedule: { initialDelayMs: 0, intervalMs: 1, timeoutMs: 1 },
    },
  },
} as const;

const reads = {
  state: '/status',
  states: { running: ['run'], succeeded: ['done'], failed: ['bad'] },
  outputs: ['/urls/*'],
};
const payload = (schema: object) => ({ content: { 'application/json': { schema } } });

function doc({
  expression = '{$request.body#/callbackUrl}',
  callbackSchema = { $ref: '#/components/schemas/Done' } as object,
  webhookPush = {} as object,
} = {}) {
  return {
    paths: {
      '/jobs': {
        post: {
          operationId: 'createJob',
          callbacks: {
            jobDone: {
              [expression]: {
                post: {
                  'x-mediagen-job-push': {
                    id: '/jobId',
                    token: { in: 'query', name: 'token' },
                    ...reads,
                  },
                  requestBody: payload(callbackSchema),
                },
              },
            },
          },
        },
      },
    },
    webhooks: {
      jobEvent: {
        post: {
          'x-mediagen-job-push': {
            id: '/job/id',
            statusOperations: ['getJob'],
            ...reads,
            ...webhookPush,
          },
          requestBody: payload({ type: 'object' }),
        },
      },
    },
  };
}

describe('specToPushes', () => {
  it('reads callbacks on a submit and top-level webhooks into push metadata', () => {
    expect(specToPushes('acme', doc(), operations, jobReader)).toEqual({
      jobDone: {
        kind: 'callback',
        method: 'post',
        id: '/jobId',
        statusOperations: ['getJob'],
        submit: { operationId: 'createJob', urlField: '/callbackUrl' },
        token: { in: 'query', name: 'token' },
        state: '/status',
        states: { running: ['run'], succeeded: ['done'], failed: ['bad'], cancelled: [] },
        outputs: ['/urls/*'],
      },
      jobEvent: {
        kind: 'webhook',
        method: 'post',
        id: '/job/id',
        statusOperations: ['getJob'],
        state: '/status',
        states: { running: ['run'], succeeded: ['done'], failed: ['bad'], cancelled: [] },
        outputs: ['/urls/*'],
      },
    });
  });

  it('reads a payload that mirrors the status body with the status reader', () => {
    const mirrored = doc({
      webhookPush: { state: undefined, states: undefined, outputs: undefined },
    });
    expect(specToPushes('acme', mirrored, operations, jobReader).jobEvent).toMatchObject({
      state: '/s',
      states: operations.getJob.job.states,
      outputs: [],
    });
    expect(specToPushes('acme', mirrored, operations, jobReader).jobEvent).not.toHaveProperty(
      'schedule',
    );
  });

  it("carries a push's documented delivery policy, and refuses a malformed one", () => {
    const delivery = { timeoutMs: 10000, retryDelaysMs: [0, 30000], retryOn: ['network', '5xx'] };
    const withPolicy = (policy: object) => {
      const spec = doc();
      Object.assign(spec.webhooks.jobEvent.post, { 'x-mediagen-callback-delivery': policy });
      return specToPushes('acme', spec, operations, jobReader);
    };
    expect(withPolicy(delivery).jobEvent?.delivery).toEqual(delivery);
    expect(specToPushes('acme', doc(), operations, jobReader).jobDone).not.toHaveProperty(
      'delivery',
    );
    expect(() => withPolicy({ ...delivery, retryOn: ['dns'] })).toThrow(
      /^acme: webhooks\.jobEvent x-mediagen-callback-delivery: retryOn lists/,
    );
  });

  it.each([
    [{ expression: 'https://fixed.example/hook' }, /from the request body/],
    [{ webhookPush: { statusOperations: [] } }, /needs statusOperations/],
    [{ webhookPush: { statusOperations: ['createJob'] } }, /reports no job/],
    [{ webhookPush: { id: undefined } }, /needs id/],
    [{ webhookPush: { token: { in: 'cookie', name: 't' } } }, /query or header/],
  ])('refuses a push it cannot follow: %j', (change, message) => {
    expect(() => specToPushes('acme', doc(change), operations, jobReader)).toThrow(message);
  });
});

describe('pushPayloadTypes', () => {
  it('types a callback by its component schema and a webhook by the webhooks interface', () => {
    const out = pushPayloadTypes('acme', doc());
    expect(out?.imports).toBe("import type { components, webhooks } from './openapi.js';\n");
    expect(out?.types).toContain(`"jobDone": components['schemas']["Done"];`);
    expect(out?.types).toContain(
      `"jobEvent": NonNullable<webhooks["jobEvent"]["post"]['requestBody']>['content']['application/json'];`,
    );
  });

  it('asks for a component schema where a callback payload is inline', () => {
    expect(() => pushPayloadTypes('acme', doc({ callbackSchema: { type: 'object' } }))).toThrow(
      /components\/schemas/,
    );
  });

  it('adds nothing to a spec without pushes', () => {
    expect(pushPayloadTypes('acme', { paths: {} })).toBeUndefined();
  });
});
