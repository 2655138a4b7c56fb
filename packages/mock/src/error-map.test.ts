import { describe, expect, it } from 'vitest';
import { chooseRule, type ValidationRule } from './error-map.js';

const rules: ValidationRule[] = [
  { at: '/body/model', status: 400, example: 'invalidModel' },
  { at: '/body/duration', status: 400, example: 'invalidDuration' },
  { at: '/body/shots/*/duration', status: 400, example: 'invalidShot' },
  { at: '/body/model', keyword: 'required', status: 400, example: 'missingModel' },
  { at: '', status: 400, example: 'invalidPrompt' },
];
const v = (pointer: string, keyword = 'maximum') => ({ pointer, keyword, message: pointer });

describe('chooseRule', () => {
  it.each([
    ['a duration over the limit', [v('/body'), v('/body/duration')], 'invalidDuration'],
    ['another model', [v('/body/model', 'const'), v('/body')], 'invalidModel'],
    ['a deeper path under a rule', [v('/body/duration/0')], 'invalidDuration'],
    ['a wildcard segment', [v('/body/shots/2/duration')], 'invalidShot'],
    ['anything else', [v('/body/prompt'), v('/body/shots')], 'invalidPrompt'],
  ])('%s', (_name, violations, example) => {
    expect(chooseRule(violations, rules)?.rule.example).toBe(example);
  });

  it('honours a keyword, and finds nothing without violations', () => {
    const keyed = rules.filter((r) => r.keyword);
    expect(chooseRule([v('/body/model', 'required')], keyed)?.rule.example).toBe('missingModel');
    expect(chooseRule([v('/body/model', 'const')], keyed)).toBeUndefined();
    expect(chooseRule([], rules)).toBeUndefined();
  });
});
