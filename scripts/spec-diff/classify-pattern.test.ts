import { describe, expect, it } from 'vitest';
import { classifyPattern, matchesEverything } from './classify-pattern.ts';

describe('matchesEverything', () => {
  it.each([
    [undefined, true],
    ['.*', true],
    ['^.*', true],
    ['a*', true],
    ['', true],
    ['^[\\s\\S]*$', true],
    ['^.*$', false],
    ['^[a-z]+$', false],
    ['\\d', false],
    ['^(?!x)', false],
    ['(', false],
  ])('%j: %s', (pattern, expected) => {
    expect(matchesEverything(pattern)).toBe(expected);
  });
});

/**
 * The rule: removed, or replaced by a pattern that matches every string, loosens; a string the old
 * schema took (documented, or a probe within its limits) that no longer matches proves narrowing;
 * anything else is undecided, so review.
 */
describe('classifyPattern in a request', () => {
  const s = (extra: object = {}) => ({ type: 'string', ...extra });
  it.each([
    ['removed', s({ pattern: '^[a-z]+$' }), s(), 'non-breaking'],
    ['replaced by .*', s({ pattern: '^[a-z]+$' }), s({ pattern: '.*' }), 'non-breaking'],
    [
      'replaced by ^[\\s\\S]*$',
      s({ pattern: '^\\d+$' }),
      s({ pattern: '^[\\s\\S]*$' }),
      'non-breaking',
    ],
    ['added where any string went', s(), s({ pattern: '^[a-z]+$' }), 'breaking'],
    [
      'narrowed: a probe it took is refused',
      s({ pattern: '^[a-z]+$' }),
      s({ pattern: '^[b-z]+$' }),
      'breaking',
    ],
    [
      'narrowed: the documented example is refused',
      s({ pattern: '^[A-Z]{2}-\\d+$', examples: ['AB-12'] }),
      s({ pattern: '^[A-Z]{3}-\\d+$' }),
      'breaking',
    ],
    [
      'widened by an alternative',
      s({ pattern: '^[a-z]+$' }),
      s({ pattern: '^([a-z]+|\\d+)$' }),
      'review',
    ],
    [
      'changed where no known string tells',
      s({ pattern: '^job_[0-9a-f]{8}$' }),
      s({ pattern: '^job_[0-9a-f]{8,12}$' }),
      'review',
    ],
    [
      'probes outside the old limits prove nothing',
      s({ minLength: 30 }),
      s({ minLength: 30, pattern: '^\\S+$' }),
      'review',
    ],
    [
      'probes outside an old format prove nothing',
      s({ format: 'uuid' }),
      s({ format: 'uuid', pattern: '^[0-9a-f-]{36}$' }),
      'review',
    ],
    ['a new pattern that is no regex', s(), s({ pattern: '(' }), 'review'],
  ])('%s: %s', (_name, before, after, expected) => {
    expect(classifyPattern(before, after, 'request').class).toBe(expected);
  });

  it('names the string it proved with', () => {
    expect(
      classifyPattern(s({ pattern: '^[a-z]+$' }), s({ pattern: '^[b-z]+$' }), 'request').reason,
    ).toBe('request pattern narrowed: "a" no longer matches');
  });

  it('never breaks a reader: a response pattern only documents', () => {
    expect(classifyPattern(s(), s({ pattern: '^x$' }), 'response').class).toBe('non-breaking');
  });
});
