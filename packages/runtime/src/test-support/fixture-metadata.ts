import type { ProviderMetadata } from '../provider-metadata.js';

// The list reports a job the way its status route does.
const reader = {
  state: '/status',
  states: {
    running: ['queued', 'running'],
    succeeded: ['done'],
    failed: ['failed'],
    cancelled: ['cancelled'],
  },
  outputs: ['/outputs/*/url'],
} as const;

/**
 * Test metadata shaped like a generated one: a paid submit without an idempotency key, one with a
 * key, a status route, a list route that reports many jobs, a cancel, a callback and a webhook.
 */
export const fixture = {
  id: 'acme',
  name: 'Acme',
  apiKeyEnv: 'ACME_API_KEY',
  baseUrl: 'https://api.acme.test/v1',
  auth: { header: 'Authorization', prefix: 'Bearer ' },
  retry: {
    maxRetries: 2,
    statuses: [408, 429, 500, 502, 503, 504],
    baseDelayMs: 1000,
    maxDelayMs: 30000,
    noWorkStatuses: [429],
  },
  errors: { code: '/error/code', message: '/error/message', retryAfter: '/retry_after' },
  operations: {
    getThing: { method: 'get', path: '/things/{id}', auth: true, parameters: { id: 'path' } },
    createJob: {
      method: 'post',
      path: '/jobs',
      auth: true,
      paid: true,
      input: {
        type: 'object',
        required: ['prompt'],
        additionalProperties: false,
        properties: {
          prompt: { type: 'string', minLength: 1, maxLength: 20 },
          seconds: { type: 'integer', minimum: 1, maximum: 10 },
          callbackUrl: { type: 'string' },
        },
      },
      status: {
        operationId: 'getJob',
        parameters: { id: { from: 'response.body', pointer: '/id' } },
      },
      // Its answer shows the job's state, read like the status body.
      submitJob: reader,
    },
    createKeyedJob: {
      method: 'post',
      path: '/keyed-jobs',
      auth: true,
      paid: true,
      idempotencyHeader: 'X-Idempotency-Key',
      status: {
        operationId: 'getJob',
        parameters: { id: { from: 'response.body', pointer: '/id' } },
      },
    },
    getJob: {
      method: 'get',
      path: '/jobs/{id}',
      auth: true,
      parameters: { id: 'path' },
      rateLimit: { group: 'status', requests: 100, perSeconds: 60 },
      job: {
        ...reader,
        progress: '/progress',
        error: { message: '/error/message', code: '/error/code' },
        schedule: {
          initialDelayMs: 1000,
          intervalMs: 2000,
          incrementMs: 1000,
          maxIntervalMs: 4000,
          timeoutMs: 60000,
        },
      },
      cancel: {
        operationId: 'cancelJob',
        parameters: { id: { from: 'request.path', name: 'id' } },
      },
    },
    listJobs: {
      method: 'get',
      path: '/jobs',
      auth: true,
      jobList: {
        statusOperations: ['getJob'],
        items: '/jobs',
        id: '/id',
        ...reader,
      },
    },
    cancelJob: {
      method: 'delete',
      path: '/jobs/{id}',
      auth: true,
      parameters: { id: 'path' },
      refund: { credits: '/refunded' },
    },
  },
  pushes: {
    // A terminal callback to the URL a submit names, with a token the caller put in that URL.
    jobDone: {
      kind: 'callback',
      method: 'post',
      id: '/id',
      statusOperations: ['getJob'],
      submit: { operationId: 'createJob', urlField: '/callbackUrl' },
      token: { in: 'query', name: 'token' },
      ...reader,
    },
    // A registered webhook with no documented verification scheme.
    jobEvent: {
      kind: 'webhook',
      method: 'post',
      id: '/job/id',
      statusOperations: ['getJob'],
      state: '/job/status',
      states: reader.states,
      outputs: ['/job/outputs/*/url'],
    },
  },
} as const satisfies ProviderMetadata;

/** The fixture with the status route paced at another documented limit. */
export function withStatusLimit(requests: number, perSeconds: number, group = 'status') {
  return {
    ...fixture,
    operations: {
      ...fixture.operations,
      getJob: { ...fixture.operations.getJob, rateLimit: { group, requests, perSeconds } },
    },
  } satisfies ProviderMetadata;
}
