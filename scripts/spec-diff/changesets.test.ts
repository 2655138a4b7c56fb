import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixedGroups, type Bump, parseChangeset, releaseBumps } from './changesets.ts';

describe('parseChangeset', () => {
  it.each([
    ['---\n"@mediagen/kubeez": major\n---\n\nWhy.\n', [['@mediagen/kubeez', 'major']]],
    [
      "---\n'@mediagen/a': minor\n'@mediagen/b': patch\n---\nx",
      [
        ['@mediagen/a', 'minor'],
        ['@mediagen/b', 'patch'],
      ],
    ],
    ['\n---\r\n"@mediagen/a": major\r\n---\r\n', [['@mediagen/a', 'major']]],
    ['---\n---\n\nAn empty changeset.\n', []],
    ['No front matter at all.\n', []],
    ['---\n"@mediagen/a": huge\n---\n', []],
  ])('reads %j', (text, bumps) => {
    expect([...parseChangeset(text)]).toEqual(bumps);
  });
});

describe('applyFixedGroups', () => {
  const bumps = (entries: [string, Bump][]) => new Map<string, Bump>(entries);
  it('spreads the highest bump over a fixed group, leaving other packages alone', () => {
    const result = applyFixedGroups(
      bumps([
        ['@mediagen/runtime', 'major'],
        ['other', 'patch'],
      ]),
      [['@mediagen/*']],
      ['@mediagen/kubeez', '@mediagen/vydra', 'other'],
    );
    expect(result.get('@mediagen/kubeez')).toBe('major');
    expect(result.get('@mediagen/vydra')).toBe('major');
    expect(result.get('other')).toBe('patch');
  });

  it('does not match across a slash or outside the group', () => {
    const result = applyFixedGroups(bumps([['@a/x', 'major']]), [['@a/*']], ['@a/x/y', '@b/x']);
    expect(result.has('@a/x/y')).toBe(false);
    expect(result.has('@b/x')).toBe(false);
  });
});

describe('releaseBumps', () => {
  it('reads every changeset but the README, with the config fixed groups', async () => {
    const root = await mkdtemp(join(tmpdir(), 'changesets-'));
    try {
      await mkdir(join(root, '.changeset'));
      await writeFile(join(root, '.changeset/config.json'), '{"fixed":[["@m/*"]]}');
      await writeFile(join(root, '.changeset/README.md'), '---\n"@m/a": major\n---\n');
      await writeFile(join(root, '.changeset/one.md'), '---\n"@m/a": minor\n---\n');
      await writeFile(join(root, '.changeset/two.md'), '---\n"@m/b": patch\n---\n');
      const result = await releaseBumps(root, ['@m/a', '@m/b']);
      expect(Object.fromEntries(result)).toEqual({ '@m/a': 'minor', '@m/b': 'minor' });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('finds none without a .changeset folder', async () => {
    expect((await releaseBumps(tmpdir(), ['@m/a'])).size).toBe(0);
  });
});
