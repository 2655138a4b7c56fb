import { describe, expect, it } from 'vitest';
import { diffSpec } from './diff-spec.ts';
import type { Schema } from './merge-all-of.ts';

const idParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});

/** One GET under a path whose variable is `variable`, declared where `declared` says. */
function spec(
  variable: string,
  declared: 'path item' | 'operation' | 'nowhere',
  operationId: string | undefined,
): Schema {
  const get: Schema = { responses: { '200': { description: 'ok' } } };
  if (operationId) get.operationId = operationId;
  if (declared === 'operation') get.parameters = [idParam(variable)];
  return {
    openapi: '3.1.0',
    paths: {
      [`/jobs/{${variable}}`]: {
        ...(declared === 'path item' ? { parameters: [idParam(variable)] } : {}),
        get,
      },
    },
  };
}

const rows = (before: Schema, after: Schema) =>
  diffSpec(before, after).map((c) => `${c.class} ${c.reason} ${c.old}→${c.new}`);

/**
 * The rule: `/jobs/{id}` → `/jobs/{jobId}` is the same operation with a parameter renamed. It breaks
 * where the generated client names a parameter after it (a declared path parameter), wherever the
 * parameter is declared and whether or not the operation has an operationId.
 */
describe('a renamed path template variable', () => {
  const RENAMED =
    "breaking path parameter renamed: the generated client's parameter name changes id→jobId";
  it.each([
    ['path item', 'getJob', [RENAMED]],
    ['operation', 'getJob', [RENAMED]],
    ['path item', undefined, [RENAMED]],
    ['operation', undefined, [RENAMED]],
    [
      'nowhere',
      'getJob',
      [
        'non-breaking path template variable renamed; no declared parameter carries its name id→jobId',
      ],
    ],
  ] as const)('declared on the %s, operationId %s', (declared, operationId, expected) => {
    expect(rows(spec('id', declared, operationId), spec('jobId', declared, operationId))).toEqual(
      expected,
    );
  });

  it('still compares the renamed parameter: its schema narrowed is reported too', () => {
    const after = spec('jobId', 'operation', 'getJob');
    after.paths['/jobs/{jobId}'].get.parameters[0].schema = { type: 'integer' };
    expect(rows(spec('id', 'operation', 'getJob'), after)).toEqual([
      RENAMED,
      'breaking request type narrowed string→integer',
    ]);
  });

  it('is a moved operation when more than a variable name changes', () => {
    const after = spec('id', 'operation', 'getJob');
    after.paths = { '/tasks/{id}': after.paths['/jobs/{id}'] };
    expect(rows(spec('id', 'operation', 'getJob'), after)).toEqual([
      'breaking path or method changed GET /jobs/{id}→GET /tasks/{id}',
    ]);
  });
});
