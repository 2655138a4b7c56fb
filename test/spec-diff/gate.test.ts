import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/spec-diff/cli.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', `${name}.yaml`);

const REDOCLY = `apis:
  demo:
    root: ./specs/demo/openapi.yaml
    x-openapi-ts:
      output: ./packages/demo/src/generated/openapi.ts
`;

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: repo,
    stdio: 'pipe',
  });
async function writeSpec(name: string) {
  await mkdir(join(repo, 'specs/demo'), { recursive: true });
  await copyFile(fixture(name), join(repo, 'specs/demo/openapi.yaml'));
}
const changeset = (name: string, text: string) =>
  writeFile(join(repo, '.changeset', `${name}.md`), text);

async function run(...argv: string[]) {
  const printed: string[] = [];
  const code = await main(argv, repo, (text) => printed.push(text));
  return { code, out: printed.join('\n') };
}

/** A one-provider repo whose last commit holds the base fixture, like a clone CI runs in. */
beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'spec-diff-gate-'));
  await mkdir(join(repo, 'packages/demo'), { recursive: true });
  await mkdir(join(repo, '.changeset'));
  await writeFile(join(repo, 'redocly.yaml'), REDOCLY);
  await writeFile(
    join(repo, 'packages/demo/package.json'),
    '{"name":"@mediagen/demo","version":"0.1.0"}\n',
  );
  await writeFile(join(repo, '.changeset/config.json'), '{"fixed":[["@mediagen/*"]]}\n');
  await writeFile(join(repo, '.changeset/README.md'), '# Changesets\n');
  await writeSpec('base');
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  await writeFile(join(repo, 'notes.txt'), 'a second commit, so HEAD~1 exists\n');
  git('add', '.');
  git('commit', '-qm', 'notes');
});
afterEach(() => rm(repo, { recursive: true, force: true }));

describe('the spec:diff gate', () => {
  it('fails on an unflagged breaking change and passes once a major changeset exists', async () => {
    await writeSpec('breaking');
    const failing = await run();
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('✗ breaking: needs a `major` changeset for `@mediagen/demo`');
    expect(failing.out).toContain('"@mediagen/demo": major');

    await changeset('small', '---\n"@mediagen/demo": minor\n---\n\nNot enough.\n');
    expect((await run()).code).toBe(1);

    await changeset('big', '---\n"@mediagen/demo": major\n---\n\nRenamed the jobs route.\n');
    const passing = await run();
    expect(passing.code).toBe(0);
    expect(passing.out).toContain('✓ breaking, declared `major`');
  });

  it('takes a major bump of another package in the same fixed group', async () => {
    await writeSpec('breaking');
    await changeset('runtime', "---\n'@mediagen/runtime': major\n---\n\nNew runtime.\n");
    expect((await run()).code).toBe(0);
  });

  it('passes review and non-breaking changes without a changeset', async () => {
    await writeSpec('review');
    expect((await run()).code).toBe(0);
    await writeSpec('non-breaking');
    expect((await run()).code).toBe(0);
  });

  it('compares against the latest changesets release, not HEAD~1, once there is one', async () => {
    await writeSpec('breaking');
    await changeset('big', '---\n"@mediagen/demo": major\n---\n\nBreaking.\n');
    git('add', '.');
    git('commit', '-qm', 'breaking change with its changeset');
    git('rm', '-q', '.changeset/big.md');
    git('commit', '-qm', 'Version Packages');
    await writeFile(join(repo, 'notes.txt'), 'after the release\n');
    git('commit', '-qam', 'later');
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.base).toMatchObject({ kind: 'commit', why: 'the latest changesets release' });
    expect(report.providers[0]).toMatchObject({ provider: 'demo', status: 'unchanged' });
  });

  it('reports a spec the base lacks as added, and takes --base and a provider list', async () => {
    const { code, out } = await run('demo', '--base', 'HEAD~1', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).providers[0].status).toBe('unchanged');
    git('rm', '-q', 'specs/demo/openapi.yaml');
    git('commit', '-qm', 'drop');
    await writeFile(join(repo, 'notes.txt'), 'the base now lacks the spec\n');
    git('commit', '-qam', 'notes');
    await writeSpec('base');
    const added = JSON.parse((await run('--json')).out);
    expect(added.providers[0]).toMatchObject({ status: 'added', blocking: false });
    expect(added.providers[0].counts.breaking).toBe(0);
  });

  it('says how to fix bad arguments and unknown providers', async () => {
    expect(await run('--base')).toMatchObject({
      code: 2,
      out: expect.stringContaining('--base needs a git ref'),
    });
    expect(await run('nope')).toMatchObject({
      code: 2,
      out: expect.stringContaining('choose from demo'),
    });
    expect(await run('--base', 'no-such-ref')).toMatchObject({
      code: 2,
      out: expect.stringContaining('no such commit'),
    });
  });

  it('skips with a notice in a shallow clone without HEAD~1', async () => {
    const shallow = await mkdtemp(join(tmpdir(), 'spec-diff-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], {
        stdio: 'pipe',
      });
      const printed: string[] = [];
      expect(await main([], shallow, (t) => printed.push(t))).toBe(0);
      expect(printed.join('\n')).toMatch(
        /shallow clone without HEAD~1; run `git fetch --deepen=1`/,
      );
    } finally {
      await rm(shallow, { recursive: true, force: true });
    }
  });
});
