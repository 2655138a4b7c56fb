/** The package.json a tarball ships, derived from a package's workspace package.json. */

/** The export condition that points the workspace at a package's TypeScript sources. */
export const SOURCE_CONDITION = '@mediagen/source';

export type Manifest = Record<string, unknown> & { name: string };

function withoutCondition(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, withoutCondition(inner)]),
  );
}

/**
 * Drops the workspace-only source condition and the scripts (they run workspace tools by
 * relative path, and a consumer never needs them), and keeps everything else as it is.
 */
export function publishManifest(manifest: Manifest): Manifest {
  const { scripts: _scripts, devDependencies: _dev, ...rest } = manifest;
  return { ...rest, exports: withoutCondition(manifest.exports) } as Manifest;
}

/**
 * What stops a workspace package.json from packing into a correct tarball, each as a sentence
 * that says how to fix it. `dir` is the package's path from the repo root (`packages/kubeez`).
 */
export function manifestProblems(manifest: Manifest, dir: string): string[] {
  const problems: string[] = [];
  const repository = manifest.repository as { directory?: string } | undefined;
  if (repository?.directory !== dir)
    problems.push(`repository.directory is ${repository?.directory}: set it to "${dir}".`);
  const homepage = String(manifest.homepage ?? '');
  if (!homepage.includes(`/${dir}#`))
    problems.push(`homepage is ${homepage || 'missing'}: point it at ${dir}'s README.`);
  const deps = (manifest.dependencies ?? {}) as Record<string, string>;
  for (const [name, range] of Object.entries(deps))
    if (name.startsWith('@mediagen/') && /^\d/.test(range))
      problems.push(
        `dependency ${name} is pinned to ${range}: use a range ("^${range}") so one tarball installs alone.`,
      );
  return problems;
}
