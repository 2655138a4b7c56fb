import { describe, expect, it } from 'vitest';
import { classifyMetadata } from './classify-metadata.ts';

describe('classifyMetadata', () => {
  it.each([
    [
      '/operations/get/job/schedule/intervalMs',
      2000,
      5000,
      'review',
      'poll schedule or timeout changed',
    ],
    ['/operations/get/job/schedule/timeoutMs', 1, 2, 'review', 'poll schedule or timeout changed'],
    [
      '/operations/get/job/states/failed',
      undefined,
      'EXPIRED',
      'review',
      'terminal states added or removed',
    ],
    ['/operations/get/job/states/running', undefined, 'QUEUED', 'review', 'job states changed'],
    [
      '/operations/make/status/parameters/id/pointer',
      '/id',
      '/job/id',
      'review',
      'job id pointer moved',
    ],
    ['/operations/list/jobList/id', '/id', '/uuid', 'review', 'job id pointer moved'],
    ['/operations/get/job/outputs', '/url', undefined, 'review', 'output pointer moved'],
    [
      '/operations/get/job/state',
      '/status',
      '/state',
      'review',
      'job state, progress or error pointer moved',
    ],
    ['/operations/get/cancel/operationId', 'a', 'b', 'review', 'cancel link changed'],
    ['/operations/make/idempotencyHeader', 'A', 'B', 'review', 'idempotency policy changed'],
    ['/operations/make/paid', true, undefined, 'review', 'idempotency policy changed'],
    ['/retry/maxRetries', 2, 3, 'review', 'retry policy changed'],
    ['/operations/make/rateLimit/requests', 10, 5, 'review', 'rate limit changed'],
    ['/operations/make/prices/credits/pro', 20, 25, 'review', 'prices changed'],
    ['/baseUrl', 'https://a', 'https://b', 'review', 'server URL changed: where the key is sent'],
    ['/operations/up/maxUploadBytes', 100, 50, 'breaking', 'request upload limit narrowed'],
    ['/operations/up/maxUploadBytes', 50, 100, 'non-breaking', 'request upload limit loosened'],
    ['/operations/up/maxUploadBytes', undefined, 100, 'breaking', 'request upload limit narrowed'],
    [
      '/apiKeyEnv',
      'A_KEY',
      'B_KEY',
      'breaking',
      'API key variable renamed: deployments stop finding the key',
    ],
    ['/somethingNew', 1, 2, 'review', 'job behaviour changed'],
  ])('%s %j → %j is %s', (pointer, before, after, expected, reason) => {
    expect(classifyMetadata(pointer, before, after)).toEqual({ class: expected, reason });
  });
});
