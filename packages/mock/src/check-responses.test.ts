import { describe, expect, it } from 'vitest';
import { jsonAnswer } from './answer.js';
import { createResponseChecker } from './check-responses.js';
import { readSpecDocument } from './spec-document.js';

const doc = readSpecDocument({
  openapi: '3.1.0',
  paths: {
    '/jobs/{id}': {
      get: {
        operationId: 'getJob',
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } },
          },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
  },
  components: {
    schemas: {
      Job: {
        type: 'object',
        required: ['id', 'status'],
        properties: { id: { type: 'string' }, status: { enum: ['running', 'done'] } },
      },
    },
    responses: {
      NotFound: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['error'],
              properties: { error: { type: 'string' } },
            },
          },
        },
      },
    },
  },
});

describe('createResponseChecker', () => {
  const check = createResponseChecker(doc);
  it.each([
    [200, { id: 'j', status: 'done' }, undefined],
    [200, { id: 'j', status: 'lost' }, /getJob 200: .*must be equal to one of the allowed values/],
    [404, { error: 'Job not found' }, undefined],
    [404, { message: 'x' }, /getJob 404: .*must have required property 'error'/],
    [500, { error: 'x' }, /status 500 is not documented/],
  ])('status %i with %j', (status, body, problem) => {
    const found = check('getJob', jsonAnswer(status, body));
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
