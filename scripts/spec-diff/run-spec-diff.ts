import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Change, ChangeClass } from './change.ts';
import { type Bump, releaseBumps } from './changesets.ts';
import type { Disagreement } from './compare-signals.ts';
import { diffProvider, type ProviderDiff } from './diff-provider.ts';
import { listApis, packageName } from './list-apis.ts';
import { checkoutSpec, withTempDir } from './load-spec.ts';
import { type Base, resolveBase } from './resolve-base.ts';

export interface ProviderReport {
  provider: string;
  package: string;
  spec: string;
  status: ProviderDiff['status'];
  counts: Record<ChangeClass, number>;
  /** The highest bump the pending changesets declare for the package. */
  bump: Bump;
  /** Breaking changes with no major changeset: the gate fails on these. */
  blocking: boolean;
  changes: Change[];
  disagreements: Disagreement[];
}

export interface Report {
  base: Base;
  providers: ProviderReport[];
  /** False when any provider is blocking. */
  ok: boolean;
}

export interface RunOptions {
  root: string;
  /** Only these providers (names under `apis:` in redocly.yaml); all when empty. */
  providers?: string[];
  base?: string;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function countOf(changes: Change[]): Record<ChangeClass, number> {
  const counts = { breaking: 0, review: 0, 'non-breaking': 0 };
  for (const change of changes) counts[change.class]++;
  return counts;
}

/** The whole report: every selected provider's spec at the base against the working tree. */
export async function runSpecDiff(options: RunOptions): Promise<Report> {
  const { root } = options;
  const base = await resolveBase(root, options.base);
  if (base.kind === 'unavailable') return { base, providers: [], ok: true };
  const commit = base.kind === 'commit' ? base.commit : undefined;
  const apis = await listApis(root, commit);
  const unknown = (options.providers ?? []).filter((p) => !apis.some((api) => api.provider === p));
  if (unknown.length) {
    throw new Error(
      `unknown provider ${unknown.join(', ')}: choose from ${apis.map((a) => a.provider).join(', ')} (the apis in redocly.yaml)`,
    );
  }
  const selected = apis.filter(
    (api) => !options.providers?.length || options.providers.includes(api.provider),
  );
  const names = await Promise.all(selected.map((api) => packageName(root, api)));
  const bumps = await releaseBumps(root, names);
  const providers = await withTempDir((tmp) =>
    Promise.all(
      selected.map(async (api, i) => {
        const scratch = join(tmp, api.provider);
        const oldFile = commit
          ? await checkoutSpec(root, commit, api.spec, join(scratch, 'base'))
          : undefined;
        const newPath = join(root, api.spec);
        const newFile = (await exists(newPath)) ? newPath : undefined;
        const diff = await diffProvider(api.spec, oldFile, newFile, scratch);
        const name = names[i]!;
        const counts = countOf(diff.changes);
        const bump = bumps.get(name) ?? 'none';
        return {
          provider: api.provider,
          package: name,
          spec: api.spec,
          ...diff,
          counts,
          bump,
          blocking: counts.breaking > 0 && bump !== 'major',
        } satisfies ProviderReport;
      }),
    ),
  );
  return { base, providers, ok: providers.every((p) => !p.blocking) };
}
