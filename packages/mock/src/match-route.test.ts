import { describe, expect, it } from 'vitest';
import { createRouteMatcher } from './match-route.js';
import { readSpecDocument } from './spec-document.js';

const doc = readSpecDocument({
  paths: {
    '/models/{modelSlug}': { post: { operationId: 'generateWithModel' } },
    '/models/veo3': { post: { operationId: 'generateVeo3' } },
    '/jobs/{jobId}': { get: { operationId: 'getJob' }, delete: { operationId: 'cancelJob' } },
  },
});
const match = createRouteMatcher(doc);

describe('createRouteMatcher', () => {
  it.each([
    ['POST', '/models/veo3', { operationId: 'generateVeo3', path: {} }],
    [
      'POST',
      '/models/nano%20banana',
      { operationId: 'generateWithModel', path: { modelSlug: 'nano banana' } },
    ],
    ['DELETE', '/jobs/job_1', { operationId: 'cancelJob', path: { jobId: 'job_1' } }],
    ['GET', '/jobs/job_1/extra', undefined],
    // Not valid percent-encoding: no route (decodeURIComponent threw, and so does Prism).
    ['GET', '/jobs/%E0%A4%A', undefined],
    ['PUT', '/jobs/job_1', undefined],
  ])('%s %s', (method, path, expected) => {
    expect(match(method, path)).toEqual(expected);
  });
});
