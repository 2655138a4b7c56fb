import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// A copy of just what generation reads and writes, so the real tree is never touched.
const copy = mkdtempSync(join(tmpdir(), 'mediagen-generate-'));
for (const path of [
  'package.json',
  'redocly.yaml',
  'specs',
  'scripts/generate.ts',
  'scripts/generate',
  'packages/runtime/src',
]) {
  cpSync(join(root, path), join(copy, path), { recursive: true });
}
cpSync(
  join(root, 'packages/happyhorse/src/generated'),
  join(copy, 'packages/happyhorse/src/generated'),
  { recursive: true },
);
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

const check = () =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--check', 'happyhorse'], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 60_000,
  });

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run check:generated', () => {
  it('passes while the committed output matches the spec', () => {
    const run = check();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('generated code matches 1 spec(s)');
  });

  it('fails, naming the stale files, once the spec changes', () => {
    const spec = join(copy, 'specs/happyhorse/openapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('maxLength: 2500', 'maxLength: 2400'));
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('packages/happyhorse/src/generated/metadata.ts');
    expect(run.stderr).toContain('Run `npm run generate`');
  });
});
