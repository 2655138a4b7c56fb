import { describe, expect, it } from 'vitest';
import { documentedAnswers, errorMapOf } from './error-map-of.ts';
import type { OpenApiDocument } from './openapi-document.ts';

const errors = (examples: Record<string, object>) => ({
  content: { 'application/json': { examples } },
});
const doc = {
  paths: {
    '/generate': {
      post: {
        responses: { '400': errors({ invalidDuration: {}, invalidPrompt: {} }) },
      },
    },
    '/status': { get: { responses: { '404': errors({ notFound: {} }), '200': {} } } },
  },
};
const answers = documentedAnswers(doc as OpenApiDocument);
const map = (ext: unknown) => errorMapOf('acme: root', ext, answers);

describe('documentedAnswers', () => {
  it('names every documented example by status, on any operation', () => {
    expect([...answers].sort()).toEqual([
      '400 *',
      '400 invalidDuration',
      '400 invalidPrompt',
      '404 *',
      '404 notFound',
    ]);
  });
});

describe('errorMapOf', () => {
  it('carries validation rules and the unknown-job answer, notes dropped', () => {
    expect(
      map({
        'x-mediagen-assumption': 'which error is which',
        validation: [
          { at: '/body/duration', status: 400, example: 'invalidDuration' },
          { at: '/body/model', keyword: 'required', status: 400 },
          { at: '', status: 400, example: 'invalidPrompt', detail: 'replace' },
        ],
        unknownJob: { status: 404, example: 'notFound' },
      }),
    ).toEqual({
      validation: [
        { at: '/body/duration', status: 400, example: 'invalidDuration' },
        { at: '/body/model', keyword: 'required', status: 400 },
        { at: '', status: 400, example: 'invalidPrompt', detail: 'replace' },
      ],
      unknownJob: { status: 404, example: 'notFound' },
    });
  });

  it('is absent where the spec has none', () => {
    expect(map(undefined)).toBeUndefined();
  });

  const rule = (r: object) => ({ validation: [{ at: '/body/x', status: 400, ...r }] });
  it.each([
    ['a list', [], /must be an object/],
    ['validation as an object', { validation: { at: '' } }, /validation must be a list/],
    ['a misspelt key', { unknownjob: { status: 404 } }, /unknown key unknownjob/],
    ['a rule without at', { validation: [{ status: 400 }] }, /needs at/],
    ['a rule without status', { validation: [{ at: '' }] }, /needs status/],
    ['a pointer outside the request', rule({ at: '/duration' }), /pointer into the request/],
    ['a success status', rule({ status: 200 }), /error status/],
    ['a status given as text', rule({ status: '400' }), /error status/],
    ['an undocumented example', rule({ example: 'invalidModel' }), /example named invalidModel/],
    ['an example under another status', rule({ example: 'notFound' }), /400 response/],
    ['an undocumented status', rule({ status: 422 }), /422 response with an example/],
    ['an unknown detail mode', rule({ detail: 'prepend' }), /append or replace/],
    ['a keyword that is no name', rule({ keyword: 1 }), /JSON Schema keyword/],
    ['an unknown job without status', { unknownJob: { example: 'notFound' } }, /needs status/],
    ['an unknown job with a stray key', { unknownJob: { status: 404, at: '' } }, /unknown key at/],
  ])('refuses %s', (_what, ext, message) => {
    expect(() => map(ext)).toThrow(message);
  });

  it('names the spec and the rule that failed', () => {
    expect(() => map(rule({ status: 200 }))).toThrow(
      /^acme: root x-mediagen-error-map\.validation\[0\]: /,
    );
  });
});
