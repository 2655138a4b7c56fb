import { describe, expect, it } from 'vitest';
import { jsonAnswer } from './answer.js';
import { prismProblemReason } from './prism-problem.js';

const TYPE = 'https://stoplight.io/prism/errors#';

describe('prismProblemReason', () => {
  it.each([
    [
      'a 415',
      jsonAnswer(415, {
        type: `${TYPE}INVALID_CONTENT_TYPE`,
        title: 'Invalid content type',
        status: 415,
        detail: 'Supported content types: application/json',
      }),
      'Supported content types: application/json',
    ],
    [
      'a generated 422, by its violations',
      jsonAnswer(422, {
        type: `${TYPE}UNPROCESSABLE_ENTITY`,
        detail:
          'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.',
        validation: [
          { location: ['request', 'body'], code: 'type', message: 'Request body must be object' },
        ],
      }),
      'body: Request body must be object',
    ],
    ['a documented error', jsonAnswer(400, { error: 'Missing required field: prompt' }), undefined],
    ['a body that is no JSON', { status: 500, headers: {}, body: Buffer.from('oops') }, undefined],
  ])('%s', (_, answer, reason) => {
    expect(prismProblemReason(answer)).toBe(reason);
  });
});
