import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBase } from './resolve-base.ts';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
async function commit(file: string, text: string, message: string) {
  await mkdir(join(repo, file, '..'), { recursive: true });
  await writeFile(join(repo, file), text);
  git('add', '-A');
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'spec-diff-base-'));
  git('init', '-q');
});
afterEach(() => rm(repo, { recursive: true, force: true }));

describe('resolveBase', () => {
  it('is empty on the first commit, and cannot run before any', async () => {
    expect(await resolveBase(repo)).toMatchObject({ kind: 'unavailable' });
    await commit('a.txt', '1', 'first');
    expect(await resolveBase(repo)).toEqual({ kind: 'empty', why: 'HEAD is the first commit' });
  });

  it('is HEAD~1 while no release has consumed a changeset', async () => {
    const first = await commit('.changeset/README.md', 'readme', 'first');
    await commit('.changeset/one.md', '---\n---\n', 'pending');
    const parent = await commit('a.txt', '2', 'second');
    await commit('.changeset/README.md', 'changed, not consumed', 'third');
    expect(first).toBeTruthy();
    expect(await resolveBase(repo)).toEqual({
      kind: 'commit',
      commit: parent,
      ref: 'HEAD~1',
      why: 'no changesets release yet',
    });
  });

  it('is the latest commit that consumed a changeset', async () => {
    await commit('.changeset/one.md', '---\n---\n', 'pending');
    git('rm', '-q', '.changeset/one.md');
    git('commit', '-qm', 'Version Packages');
    const release = git('rev-parse', 'HEAD');
    await commit('a.txt', 'later', 'later');
    await commit('b.txt', 'later still', 'later still');
    expect(await resolveBase(repo)).toMatchObject({
      kind: 'commit',
      commit: release,
      why: 'the latest changesets release',
    });
  });

  it('takes --base, and says how to fix an unknown one', async () => {
    const first = await commit('a.txt', '1', 'first');
    await commit('a.txt', '2', 'second');
    expect(await resolveBase(repo, first.slice(0, 8))).toMatchObject({
      kind: 'commit',
      commit: first,
      why: 'given with --base',
    });
    await expect(resolveBase(repo, 'nope')).rejects.toThrow(/--base nope: no such commit here/);
  });
});
