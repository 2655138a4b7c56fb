import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffProvider } from './diff-provider.ts';

const fixture = join(import.meta.dirname, '../../test/spec-diff/fixtures/base.yaml');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spec-diff-provider-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('diffProvider', () => {
  it('reports a side the generator cannot read for review instead of failing', async () => {
    const text = await readFile(fixture, 'utf8');
    const noRetry = join(dir, 'no-retry.yaml');
    await writeFile(
      noRetry,
      text.replace(/x-mediagen-retry:[\s\S]*?x-mediagen-errors:/, 'x-mediagen-errors:'),
    );
    const diff = await diffProvider('demo.yaml', fixture, noRetry, dir);
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        source: 'metadata',
        class: 'review',
        reason: expect.stringMatching(
          /^the new spec yields no metadata: .*x-mediagen-retry is required/,
        ),
      }),
    );
  });

  it('says which side does not bundle and how to see why', async () => {
    const broken = join(dir, 'broken.yaml');
    const text = await readFile(fixture, 'utf8');
    await writeFile(
      broken,
      text.replace(
        "$ref: '#/components/schemas/JobRequest'",
        "$ref: '#/components/schemas/Missing'",
      ),
    );
    await expect(diffProvider('demo.yaml', fixture, broken, dir)).rejects.toThrow(
      /demo\.yaml in the working tree does not bundle .*`npm run lint:specs` shows where/,
    );
  });

  it('reports a spec only the base has as removed, every operation breaking', async () => {
    const diff = await diffProvider('demo.yaml', fixture, undefined, dir);
    expect(diff.status).toBe('removed');
    expect(diff.changes.filter((c) => c.reason === 'operation removed')).toHaveLength(3);
    expect(diff.disagreements).toEqual([]);
  });
});
