import { describe, expect, it } from 'vitest';
import type { OperationLink } from '../provider-metadata.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { cancelParams, linkValues, operationParams } from './link-parameters.js';

describe('linkValues', () => {
  it.each<[string, OperationLink, unknown, Record<string, unknown>, [string, unknown[]][]]>([
    [
      'an id in the response body',
      { operationId: 'getJob', parameters: { id: { from: 'response.body', pointer: '/data/id' } } },
      { data: { id: 'j1' } },
      {},
      [['id', ['j1']]],
    ],
    [
      'one value per element where the pointer names an array',
      {
        operationId: 'getJob',
        parameters: { id: { from: 'response.body', pointer: '/ids' } },
        each: true,
      },
      { ids: ['a', 'b'] },
      {},
      [['id', ['a', 'b']]],
    ],
    [
      'the first pointer of its fallbacks that names something',
      {
        operationId: 'getJob',
        parameters: {
          id: { from: 'response.body', pointer: '/generationId', fallbacks: ['/task_id'] },
        },
      },
      { task_id: 't9' },
      {},
      [['id', ['t9']]],
    ],
    [
      'a parameter of the linking request',
      { operationId: 'getJob', parameters: { id: { from: 'request.path', name: 'jobId' } } },
      undefined,
      { jobId: 'p7' },
      [['id', ['p7']]],
    ],
    [
      'nothing where the source is absent',
      { operationId: 'getJob', parameters: { id: { from: 'request.query', name: 'jobId' } } },
      undefined,
      {},
      [['id', []]],
    ],
  ])('reads %s', (_, link, body, request, expected) => {
    expect(linkValues(link, body, request)).toEqual(expected);
  });
});

describe('operationParams and cancelParams', () => {
  it('puts each value where the operation takes it', () => {
    expect(operationParams(fixture, 'getJob', { id: 'j1', extra: 'x' })).toEqual({
      path: { id: 'j1' },
      query: { extra: 'x' },
    });
  });

  it("follows a cancel link from the status request's parameters, falling back to the job id", () => {
    const link = fixture.operations.getJob.cancel;
    expect(cancelParams(fixture, link, { id: 'j1', params: { id: 'j1' } })).toEqual({
      path: { id: 'j1' },
    });
    expect(cancelParams(fixture, link, { id: 'j2', params: {} })).toEqual({ path: { id: 'j2' } });
  });
});
