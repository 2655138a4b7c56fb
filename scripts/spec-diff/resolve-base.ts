import { gitMaybe } from './git.ts';

export type Base =
  | { kind: 'commit'; commit: string; ref: string; why: string }
  /** No earlier commit to compare against: every spec counts as added. */
  | { kind: 'empty'; why: string }
  /** The history needed is not in this clone; the report cannot run. */
  | { kind: 'unavailable'; why: string };

async function commitOf(root: string, ref: string): Promise<string | undefined> {
  return (await gitMaybe(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim();
}

/**
 * `changeset version` consumes the pending changesets, so the latest release is the latest commit
 * that deleted one.
 */
export async function latestRelease(root: string): Promise<string | undefined> {
  const out = await gitMaybe(root, [
    'log',
    '-1',
    '--format=%H',
    '--diff-filter=D',
    '--',
    '.changeset/*.md',
    ':(exclude).changeset/README.md',
  ]);
  return out?.trim() || undefined;
}

/** `--base <ref>` if given; else the latest changesets release; else HEAD~1. */
export async function resolveBase(root: string, ref?: string): Promise<Base> {
  if (ref) {
    const commit = await commitOf(root, ref);
    if (!commit)
      throw new Error(
        `--base ${ref}: no such commit here. Pass a branch, tag or sha that \`git rev-parse\` knows (fetch it first in a shallow clone).`,
      );
    return { kind: 'commit', commit, ref, why: 'given with --base' };
  }
  const release = await latestRelease(root);
  if (release)
    return {
      kind: 'commit',
      commit: release,
      ref: release.slice(0, 12),
      why: 'the latest changesets release',
    };
  const parent = await commitOf(root, 'HEAD~1');
  if (parent)
    return { kind: 'commit', commit: parent, ref: 'HEAD~1', why: 'no changesets release yet' };
  const shallow = (await gitMaybe(root, ['rev-parse', '--is-shallow-repository']))?.trim();
  if (shallow === 'true') {
    return {
      kind: 'unavailable',
      why: 'shallow clone without HEAD~1; run `git fetch --deepen=1` (or pass --base) to compare',
    };
  }
  if (!(await commitOf(root, 'HEAD')))
    return { kind: 'unavailable', why: 'not a git checkout with commits; pass --base' };
  return { kind: 'empty', why: 'HEAD is the first commit' };
}
