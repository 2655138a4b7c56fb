import { describe, expect, it } from 'vitest';
import { readViolations } from './violations.js';

describe('readViolations', () => {
  it('reads the sl-violations header, naming the missing property of a required failure', () => {
    const header = JSON.stringify([
      { location: ['request', 'body', 'duration'], code: 'maximum', message: 'must be <= 15' },
      {
        location: ['request', 'body'],
        code: 'required',
        message: "Request body must have required property 'model'",
      },
      { location: ['request'], code: 401, message: 'Invalid security scheme used' },
    ]);
    expect(readViolations(header, null)).toEqual([
      { pointer: '/body/duration', keyword: 'maximum', message: 'must be <= 15' },
      {
        pointer: '/body/model',
        keyword: 'required',
        message: "Request body must have required property 'model'",
      },
      { pointer: '', keyword: '401', message: 'Invalid security scheme used' },
    ]);
  });

  it("falls back to a problem body's validation list, and ignores what it cannot read", () => {
    const body = {
      validation: [{ location: ['query', 'task_id'], code: 'pattern', message: 'x' }],
    };
    expect(readViolations(null, body)).toEqual([
      { pointer: '/query/task_id', keyword: 'pattern', message: 'x' },
    ]);
    expect(readViolations('not json', { title: 'x' })).toEqual([]);
  });
});
