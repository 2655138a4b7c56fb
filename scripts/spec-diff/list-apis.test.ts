import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis, packageName } from './list-apis.ts';
import { sameSpecFolder } from './same-files.ts';

const api = (name: string) =>
  `  ${name}:\n    root: ./specs/${name}/openapi.yaml\n    x-openapi-ts:\n      output: ./packages/${name}/src/generated/openapi.ts\n`;

let repo: string;
let base: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'spec-diff-apis-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  await writeFile(join(repo, 'redocly.yaml'), `apis:\n${api('gone')}${api('kept')}`);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD').trim();
  await writeFile(join(repo, 'redocly.yaml'), `apis:\n${api('kept')}${api('new')}`);
  await mkdir(join(repo, 'packages/kept'), { recursive: true });
  await writeFile(join(repo, 'packages/kept/package.json'), '{"name":"@scope/kept-client"}');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('listApis', () => {
  it('lists the apis of redocly.yaml now, then those only the base had', async () => {
    expect(await listApis(repo, base)).toEqual([
      { provider: 'kept', spec: 'specs/kept/openapi.yaml', packageDir: 'packages/kept' },
      { provider: 'new', spec: 'specs/new/openapi.yaml', packageDir: 'packages/new' },
      { provider: 'gone', spec: 'specs/gone/openapi.yaml', packageDir: 'packages/gone' },
    ]);
  });

  it('names the package from its package.json, else @mediagen/<provider>', async () => {
    const [kept, fresh] = await listApis(repo, undefined);
    expect(await packageName(repo, kept!)).toBe('@scope/kept-client');
    expect(await packageName(repo, fresh!)).toBe('@mediagen/new');
  });
});

describe('sameSpecFolder', () => {
  it('is true only when the root file and every file beside it match', async () => {
    const a = join(repo, 'a');
    const b = join(repo, 'b');
    for (const dir of [a, b]) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'openapi.yaml'), 'root');
      await writeFile(join(dir, 'part.yaml'), 'part');
    }
    expect(await sameSpecFolder(join(a, 'openapi.yaml'), join(b, 'openapi.yaml'))).toBe(true);
    await writeFile(join(b, 'part.yaml'), 'changed');
    expect(await sameSpecFolder(join(a, 'openapi.yaml'), join(b, 'openapi.yaml'))).toBe(false);
    await writeFile(join(b, 'part.yaml'), 'part');
    await writeFile(join(b, 'extra.yaml'), 'extra');
    expect(await sameSpecFolder(join(a, 'openapi.yaml'), join(b, 'openapi.yaml'))).toBe(false);
  });
});
