import { describe, expect, it } from 'vitest';
import { routeShape, templateRenames } from './path-template.ts';

describe('templateRenames', () => {
  it.each([
    ['/jobs/{id}', '/jobs/{jobId}', [['id', 'jobId']]],
    ['/a/{x}/b/{y}', '/a/{x}/b/{z}', [['y', 'z']]],
    [
      '/a/{x}/b/{y}',
      '/a/{y}/b/{x}',
      [
        ['x', 'y'],
        ['y', 'x'],
      ],
    ],
    ['/jobs/{id}', '/jobs/{id}', []],
    ['/jobs/{id}', '/tasks/{id}', undefined],
    ['/jobs/{id}', '/jobs/{id}/result', undefined],
    ['/jobs/{id}', '/jobs/id', undefined],
  ])('%s → %s', (before, after, expected) => {
    expect(templateRenames(before, after)).toEqual(expected);
  });

  it('keeps the method in the route shape', () => {
    expect(routeShape('get', '/jobs/{id}')).toBe('GET /jobs/{}');
    expect(routeShape('get', '/jobs/{id}')).not.toBe(routeShape('delete', '/jobs/{jobId}'));
  });
});
