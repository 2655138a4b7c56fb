import { describe, expect, it } from 'vitest';
import type { InputSchema } from '../provider-metadata.js';
import { ruleIssues } from './rule-issues.js';

const frames = { rule: 'step', field: '/frames', step: 8, offset: 1 } as const;
const schema: InputSchema = {
  oneOf: [
    {
      properties: { task: { const: 'video' }, input: { properties: {}, rules: [frames] } },
    },
    { properties: { task: { const: 'image' }, input: { type: 'object' } } },
  ],
};

describe('ruleIssues', () => {
  it.each<[string, unknown, string[]]>([
    [
      'the picked branch breaks a rule',
      { task: 'video', input: { frames: 250 } },
      ['/input/frames'],
    ],
    ['the picked branch keeps it', { task: 'video', input: { frames: 249 } }, []],
    ['another branch has no rule', { task: 'image', input: { frames: 250 } }, []],
    ['no branch is picked', { input: { frames: 250 } }, []],
    ['schema errors are not rules', { task: 'video', input: 'x' }, []],
  ])('%s', (_name, value, paths) => {
    expect(ruleIssues(schema, value).map((i) => i.path)).toEqual(paths);
  });

  it('follows arrays and allOf', () => {
    const list: InputSchema = { allOf: [{ items: { rules: [frames] } }] };
    expect(ruleIssues(list, [{ frames: 9 }, { frames: 10 }]).map((i) => i.path)).toEqual([
      '/1/frames',
    ]);
  });
});
