import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource, checkTypes } from './type-check.ts';

/** The shape openapi-typescript gives an operation, small enough to write by hand. */
const types = (query: string, body: string, data: string) => `export interface operations {
  op: {
    parameters: { query?: ${query}; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': ${body} } };
    responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': ${data} } }; 400: { content: { 'application/json': { code: string } } } };
  };
}
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spec-diff-types-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('checkTypes', () => {
  const base = types(
    '{ a?: string }',
    '{ p: string; m?: "x" | "y" }',
    '{ s: "run" | "ok"; id: string }',
  );
  it.each([
    ['identical types', base, true, true],
    [
      'a new required body field',
      types(
        '{ a?: string }',
        '{ p: string; m?: "x" | "y"; q: number }',
        '{ s: "run" | "ok"; id: string }',
      ),
      false,
      true,
    ],
    [
      'an enum value removed from the body',
      types('{ a?: string }', '{ p: string; m?: "x" }', '{ s: "run" | "ok"; id: string }'),
      false,
      true,
    ],
    [
      'an optional query parameter added',
      types(
        '{ a?: string; b?: number }',
        '{ p: string; m?: "x" | "y" }',
        '{ s: "run" | "ok"; id: string }',
      ),
      true,
      true,
    ],
    [
      'a response enum value added',
      types(
        '{ a?: string }',
        '{ p: string; m?: "x" | "y" }',
        '{ s: "run" | "ok" | "lost"; id: string }',
      ),
      true,
      false,
    ],
    [
      'a response field made optional',
      types('{ a?: string }', '{ p: string; m?: "x" | "y" }', '{ s: "run" | "ok"; id?: string }'),
      true,
      false,
    ],
    [
      'a response field added',
      types(
        '{ a?: string }',
        '{ p: string; m?: "x" | "y" }',
        '{ s: "run" | "ok"; id: string; t?: number }',
      ),
      true,
      true,
    ],
  ])(
    '%s: request compatible %s, response compatible %s',
    async (_name, next, request, response) => {
      expect(await checkTypes(dir, base, next, ['op'])).toEqual([
        { operation: 'op', requestCompatible: request, responseCompatible: response },
      ]);
    },
  );

  it('asks nothing when no operation is in both specs', async () => {
    expect(await checkTypes(dir, base, base, [])).toEqual([]);
  });

  it('quotes operation ids into the check source', () => {
    expect(checkSource(['a-b'])).toContain('Old["a-b"]');
  });
});
