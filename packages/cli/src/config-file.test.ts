import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config-file.js';
import { CliError, EXIT } from './exit-codes.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mediagen-config-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readConfig', () => {
  it('refuses a file that is not JSON without quoting it: the parser would show a piece of a key', async () => {
    const path = join(dir, 'broken.json');
    // Hand-edited, a quote lost: JSON.parse's message quotes the text around the fault.
    await writeFile(path, '{"apiKeys": {"kubeez": sk-live-abcdef123456}}');
    const error = await readConfig(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.invalidInput);
    expect((error as CliError).message).toContain(path);
    expect((error as CliError).message).not.toMatch(/sk-live/);
    expect(String((error as CliError).stack)).not.toMatch(/sk-live/);
    expect((error as CliError).cause).toBeUndefined();
  });

  it('refuses JSON that is not an object of keys', async () => {
    const path = join(dir, 'null.json');
    await writeFile(path, 'null');
    await expect(readConfig(path)).rejects.toThrow(CliError);
  });

  it('reads a missing file as empty', async () => {
    expect(await readConfig(join(dir, 'none.json'))).toEqual({});
  });
});
