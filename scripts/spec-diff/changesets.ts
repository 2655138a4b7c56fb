import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * The bumps one changeset file declares: its front matter maps package names to a bump, as
 * `changeset add` writes it (`"@mediagen/kubeez": major`). A file without front matter declares none.
 */
export function parseChangeset(text: string): Map<string, Bump> {
  const front = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  const bumps = new Map<string, Bump>();
  if (!front) return bumps;
  const parsed: unknown = parse(front[1] ?? '') ?? {};
  if (typeof parsed !== 'object' || parsed === null) return bumps;
  for (const [name, bump] of Object.entries(parsed)) {
    if (typeof bump === 'string' && bump in RANK) bumps.set(name, bump as Bump);
  }
  return bumps;
}

/** A changesets package pattern (`@mediagen/*`): `*` stands for any run of characters but `/`. */
function matches(pattern: string, name: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source.join('[^/]*')}$`).test(name);
}

/**
 * Packages in one `fixed` group of `.changeset/config.json` are released together at the highest
 * bump any of them has, so a major bump for one is a major bump for all.
 */
export function applyFixedGroups(bumps: Map<string, Bump>, fixed: string[][], names: string[]) {
  const result = new Map(bumps);
  for (const group of fixed) {
    const members = [...new Set([...names, ...bumps.keys()])].filter((name) =>
      group.some((pattern) => matches(pattern, name)),
    );
    const top = members.reduce<Bump>((best, name) => {
      const bump = bumps.get(name) ?? 'none';
      return RANK[bump] > RANK[best] ? bump : best;
    }, 'none');
    if (top !== 'none') for (const name of members) result.set(name, top);
  }
  return result;
}

async function fixedGroups(dir: string): Promise<string[][]> {
  const text = await readFile(join(dir, 'config.json'), 'utf8').catch(() => undefined);
  const fixed: unknown = text ? (JSON.parse(text) as { fixed?: unknown }).fixed : undefined;
  return Array.isArray(fixed) ? fixed.filter(Array.isArray) : [];
}

/**
 * The bump the next release gives each of `names`: the highest any pending changeset in
 * `.changeset/` declares, spread over the config's `fixed` groups.
 */
export async function releaseBumps(root: string, names: string[]): Promise<Map<string, Bump>> {
  const dir = join(root, '.changeset');
  const declared = await readChangesets(dir);
  return applyFixedGroups(declared, await fixedGroups(dir), names);
}

/** The highest bump the changeset files in `dir` declare, per package. */
export async function readChangesets(dir: string): Promise<Map<string, Bump>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const highest = new Map<string, Bump>();
  for (const name of names.filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md')) {
    for (const [pkg, bump] of parseChangeset(await readFile(join(dir, name), 'utf8'))) {
      if (RANK[bump] > RANK[highest.get(pkg) ?? 'none']) highest.set(pkg, bump);
    }
  }
  return highest;
}
