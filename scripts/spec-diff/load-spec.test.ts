import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refName } from './dereference.ts';
import { bundleSpec, checkoutSpec, withTempDir } from './load-spec.ts';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /x:
    get:
      operationId: getX
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: './schemas.yaml#/X'
`;

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'spec-diff-load-'));
  await mkdir(join(repo, 'specs/demo'), { recursive: true });
  await writeFile(join(repo, 'specs/demo/openapi.yaml'), SPEC);
  await writeFile(
    join(repo, 'specs/demo/schemas.yaml'),
    'X:\n  type: object\n  properties:\n    n: { type: integer }\n',
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'spec');
  await writeFile(join(repo, 'specs/demo/schemas.yaml'), 'X:\n  type: string\n');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('checkoutSpec', () => {
  it('copies the spec folder as committed, files it $refs included, and bundles it', () =>
    withTempDir(async (dir) => {
      const file = await checkoutSpec(repo, 'HEAD', 'specs/demo/openapi.yaml', dir);
      expect(file).toBe(join(dir, 'specs/demo/openapi.yaml'));
      const doc = await bundleSpec(file!);
      const schema = doc.paths['/x'].get.responses['200'].content['application/json'].schema;
      expect(schema).toEqual({ type: 'object', properties: { n: { type: 'integer' } } });
    }));

  it('is undefined for a spec the commit does not have', () =>
    withTempDir(async (dir) => {
      expect(await checkoutSpec(repo, 'HEAD', 'specs/other/openapi.yaml', dir)).toBeUndefined();
    }));
});

describe('bundleSpec', () => {
  it('fails with a clear message on a duplicate operationId', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'dup.yaml');
      await writeFile(
        file,
        `${SPEC.replace("$ref: './schemas.yaml#/X'", 'type: object')}  /y:\n    get:\n      operationId: getX\n      responses: { '204': { description: none } }\n`,
      );
      await expect(bundleSpec(file)).rejects.toThrow(
        'operationId getX is used by GET /x and GET /y; give each operation its own',
      );
    }));

  it('keeps the component name of each $ref it resolves', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'named.yaml');
      await writeFile(
        file,
        SPEC.replace("$ref: './schemas.yaml#/X'", "$ref: '#/components/schemas/Job'") +
          'components:\n  schemas:\n    Job: { type: object }\n',
      );
      const doc = await bundleSpec(file);
      const schema = doc.paths['/x'].get.responses['200'].content['application/json'].schema;
      expect(refName(schema)).toBe('Job');
    }));
});
