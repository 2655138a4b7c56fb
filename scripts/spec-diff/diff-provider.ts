import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { specToMetadata } from '../generate/spec-to-metadata.ts';
import type { Change } from './change.ts';
import { compareSignals, type Disagreement } from './compare-signals.ts';
import { diffMetadata } from './diff-metadata.ts';
import { diffSpec } from './diff-spec.ts';
import { listOperations } from './list-operations.ts';
import { bundleSpec } from './load-spec.ts';
import type { Schema } from './merge-all-of.ts';
import { sameSpecFolder } from './same-files.ts';
import { checkTypes, generateTypes } from './type-check.ts';

export interface ProviderDiff {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  changes: Change[];
  disagreements: Disagreement[];
}

async function bundled(spec: string, where: string, file: string): Promise<Schema> {
  try {
    return await bundleSpec(file);
  } catch (error) {
    throw new Error(
      `${spec} ${where} does not bundle (${(error as Error).message}); \`npm run lint:specs\` shows where`,
    );
  }
}

/** The generator's metadata, or the reason it could not be built (reported, never thrown). */
function metadataOf(spec: string, doc: Schema | undefined, changes: Change[], side: string) {
  if (!doc) return undefined;
  try {
    return specToMetadata(spec, doc);
  } catch (error) {
    changes.push({
      source: 'metadata',
      pointer: '',
      class: 'review',
      reason: `the ${side} spec yields no metadata: ${(error as Error).message}`,
    });
    return undefined;
  }
}

async function typeSignal(
  scratch: string,
  oldFile: string,
  newFile: string,
  before: Schema,
  after: Schema,
  changes: Change[],
) {
  const oldIds = listOperations(before);
  const ids = [...listOperations(after).values()]
    .filter((op) => op.operation.operationId && oldIds.get(op.id)?.operation.operationId)
    .map((op) => op.id);
  await mkdir(scratch, { recursive: true });
  const [oldTypes, newTypes] = await Promise.all([generateTypes(oldFile), generateTypes(newFile)]);
  return compareSignals(changes, await checkTypes(scratch, oldTypes, newTypes, ids));
}

/**
 * One provider's spec at the base (`oldFile`, absent where it did not exist) against the working
 * tree (`newFile`): the structural diff, the metadata diff, and the type checker's second opinion.
 */
export async function diffProvider(
  spec: string,
  oldFile: string | undefined,
  newFile: string | undefined,
  scratch: string,
): Promise<ProviderDiff> {
  if (oldFile && newFile && (await sameSpecFolder(oldFile, newFile))) {
    return { status: 'unchanged', changes: [], disagreements: [] };
  }
  const [before, after] = await Promise.all([
    oldFile ? bundled(spec, 'at the base', oldFile) : undefined,
    newFile ? bundled(spec, 'in the working tree', newFile) : undefined,
  ]);
  const changes = diffSpec(before, after);
  const oldMeta = metadataOf(spec, before, changes, 'base');
  const newMeta = metadataOf(spec, after, changes, 'new');
  changes.push(...diffMetadata(oldMeta, newMeta));
  const status = !before ? 'added' : !after ? 'removed' : changes.length ? 'changed' : 'unchanged';
  const disagreements =
    before && after && oldFile && newFile && changes.length
      ? await typeSignal(join(scratch, 'types'), oldFile, newFile, before, after, changes)
      : [];
  return { status, changes, disagreements };
}
