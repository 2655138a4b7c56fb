import type { ProviderMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { chooseRule, readErrorMap, type ValidationRule } from './error-map.js';
import { readSpecDocument } from './spec-document.js';

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

  it('fits a rule about the values below a failure about them together (a sum)', () => {
    const sum = { ...v('/body/shots', 'x-mediagen-rules'), whole: true };
    expect(chooseRule([sum], rules)?.rule.example).toBe('invalidShot');
    expect(chooseRule([{ ...sum, pointer: '/body/duration' }], rules)?.rule.example).toBe(
      'invalidDuration',
    );
  });

  it('honours a keyword, and finds nothing without violations', () => {
    const keyed = rules.filter((r) => r.keyword);
    expect(chooseRule([v('/body/model', 'required')], keyed)?.rule.example).toBe('missingModel');
    expect(chooseRule([v('/body/model', 'const')], keyed)).toBeUndefined();
    expect(chooseRule([], rules)).toBeUndefined();
  });
});

describe('readErrorMap', () => {
  const answers = (status: string) => ({
    [status]: { content: { 'application/json': { examples: { e: { value: {} } } } } },
  });
  const doc = readSpecDocument({
    paths: {
      '/a': { post: { operationId: 'submit', responses: answers('422') } },
      '/b': { get: { operationId: 'status', responses: answers('404') } },
    },
  });
  const metadata = {
    errorMap: {
      validation: [{ at: '', status: 400, example: 'invalidPrompt' }],
      unknownJob: { status: 400, example: 'invalidPrompt' },
    },
    operations: {
      submit: {
        method: 'post',
        path: '/a',
        auth: true,
        errorMap: { validation: [{ at: '/body/model', status: 400, example: 'invalidModel' }] },
      },
    },
  } satisfies Pick<ProviderMetadata, 'errorMap' | 'operations'>;

  it("reads the operation's rules, then the provider's, then the documented fallback", () => {
    expect(readErrorMap(doc, metadata, 'submit')).toEqual({
      validation: [
        { at: '/body/model', status: 400, example: 'invalidModel' },
        { at: '', status: 400, example: 'invalidPrompt' },
        { at: '', status: 422 },
      ],
      unknownJob: { status: 400, example: 'invalidPrompt' },
    });
  });

  it('falls back to documented answers without metadata', () => {
    expect(readErrorMap(doc, undefined, 'status')).toEqual({
      validation: [],
      unknownJob: { status: 404 },
    });
    expect(readErrorMap(doc, undefined, 'submit')).toEqual({
      validation: [{ at: '', status: 422 }],
      unknownJob: { status: 422 },
    });
  });
});
