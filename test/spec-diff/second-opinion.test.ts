import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeClass, Side } from '../../scripts/spec-diff/change.ts';
import { compareSignals, type Disagreement } from '../../scripts/spec-diff/compare-signals.ts';
import { diffSpec } from '../../scripts/spec-diff/diff-spec.ts';
import { checkTypes, generateTypes } from '../../scripts/spec-diff/type-check.ts';

/**
 * One row per class of issue #27, as an operation of its own: [name, side, old schema, new schema,
 * the structural class, whether the TypeScript checker sees a break]. Where the two differ, the
 * report must explain it; a row where they differ without a reason would be a bug in one of them.
 */
type Row = [string, Side, object, object, ChangeClass, boolean];
const s = { type: 'string' };
const tagged = (kind: string, x: object) => ({
  type: 'object',
  required: ['kind', 'x'],
  properties: { kind: { const: kind }, x },
});
const ROWS: Row[] = [
  ['request loses null', 'request', { type: ['string', 'null'] }, s, 'breaking', true],
  ['request gains null', 'request', s, { type: ['string', 'null'] }, 'non-breaking', false],
  ['response gains null', 'response', s, { oneOf: [s, { type: 'null' }] }, 'breaking', true],
  ['response gains null, spelled 3.0', 'response', s, { ...s, nullable: true }, 'breaking', true],
  ['response loses null', 'response', { type: ['string', 'null'] }, s, 'non-breaking', false],
  ['response const changed', 'response', { const: 'v1' }, { const: 'v2' }, 'breaking', true],
  [
    'response variant added by tag',
    'response',
    { oneOf: [tagged('a', s)] },
    { oneOf: [tagged('c', s), tagged('a', s)] },
    'breaking',
    true,
  ],
  [
    'request oneOf split whose branches overlap',
    'request',
    { type: 'object', required: ['a', 'b'], properties: { a: s, b: s } },
    {
      type: 'object',
      properties: { a: s, b: s },
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    },
    'breaking',
    false,
  ],
  ['request pattern narrowed', 'request', s, { ...s, pattern: '^[a-z]+$' }, 'breaking', false],
  [
    'request pattern loosened',
    'request',
    { ...s, pattern: '^[a-z]+$' },
    { ...s, pattern: '.*' },
    'non-breaking',
    false,
  ],
];

const body = (schema: object) => ({ content: { 'application/json': { schema } } });
function operation(i: number, side: Side, schema: object) {
  return {
    post: {
      operationId: `op${i}`,
      ...(side === 'request' ? { requestBody: { required: true, ...body(schema) } } : {}),
      responses: { '200': { description: 'ok', ...(side === 'response' ? body(schema) : {}) } },
    },
  };
}
const spec = (version: 'old' | 'new') => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: Object.fromEntries(
    ROWS.map(([, side, old, now], i) => [
      `/op${i}`,
      operation(i, side, version === 'old' ? old : now),
    ]),
  ),
});

let dir: string;
let disagreements: Disagreement[];
let classes: Map<string, ChangeClass[]>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spec-diff-second-opinion-'));
  const [oldFile, newFile] = [join(dir, 'old.json'), join(dir, 'new.json')];
  await writeFile(oldFile, JSON.stringify(spec('old')));
  await writeFile(newFile, JSON.stringify(spec('new')));
  const changes = diffSpec(spec('old'), spec('new'));
  classes = new Map(
    ROWS.map((_r, i) => [
      `op${i}`,
      changes.filter((c) => c.operation === `op${i}`).map((c) => c.class),
    ]),
  );
  const [oldTypes, newTypes] = await Promise.all([generateTypes(oldFile), generateTypes(newFile)]);
  const verdicts = await checkTypes(
    dir,
    oldTypes,
    newTypes,
    ROWS.map((_r, i) => `op${i}`),
  );
  disagreements = compareSignals(changes, verdicts);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the structural diff against the type checker, class by class', () => {
  it.each(ROWS.map((row, i) => [row[0], i, row] as const))(
    '%s',
    (_name, i, [, side, , , kind, typesBreak]) => {
      const found = classes.get(`op${i}`)!;
      expect(kind === 'breaking' ? found.includes('breaking') : !found.includes('breaking')).toBe(
        true,
      );
      const disagreement = disagreements.find((d) => d.operation === `op${i}` && d.side === side);
      const structuralBreak = kind === 'breaking';
      if (structuralBreak === typesBreak) {
        expect(disagreement).toBeUndefined();
        return;
      }
      // The one kind of disagreement a row may have: a rule only run-time validation enforces.
      expect(disagreement).toMatchObject({ structural: 'breaking', typescript: 'compatible' });
      expect(disagreement?.note).toMatch(
        /^checked at run time, not in the types: request (oneOf|pattern)/,
      );
    },
  );
});
