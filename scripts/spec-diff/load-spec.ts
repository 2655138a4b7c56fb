import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { dereference } from './dereference.ts';
import { git, gitMaybe } from './git.ts';
import { listOperations } from './list-operations.ts';
import type { Schema } from './merge-all-of.ts';

/** The spec with every `$ref` resolved, as the generator reads it; duplicate operationIds fail. */
export async function bundleSpec(file: string): Promise<Schema> {
  const config = await createConfig({});
  const result = await bundle({ ref: file, config, dereference: false });
  // The bundler logs an unresolvable $ref and goes on; a diff over a half-resolved spec would lie.
  const errors = result.problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length) throw new Error(errors.join('; '));
  // Resolved here rather than by the bundler, to keep each component's name (see dereference.ts).
  const doc = dereference(result.bundle.parsed as Schema);
  listOperations(doc);
  return doc;
}

/**
 * Copies a spec's folder as it was at `ref` into `into` (a spec may `$ref` files beside it) and
 * returns the copied root file, or `undefined` where the spec did not exist at that commit.
 */
export async function checkoutSpec(
  repo: string,
  ref: string,
  specPath: string,
  into: string,
): Promise<string | undefined> {
  const listing = await gitMaybe(repo, [
    'ls-tree',
    '-r',
    '--name-only',
    ref,
    '--',
    `${dirname(specPath)}/`,
  ]);
  const files = (listing ?? '').split('\n').filter(Boolean);
  if (!files.includes(specPath)) return undefined;
  for (const file of files) {
    const target = join(into, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await git(repo, ['show', `${ref}:${file}`]));
  }
  return join(into, specPath);
}

/** A temporary folder for one run, removed afterwards whatever happens. */
export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'mediagen-spec-diff-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
