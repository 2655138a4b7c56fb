import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from './read-input.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mediagen-input-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it.each([
    ['{"prompt":"fox","duration":5}', { prompt: 'fox', duration: 5 }],
    ['[1, 2]', /must hold one JSON object/],
    ['{"prompt":', /is not JSON/],
  ])('%s', async (text, expected) => {
    const file = join(dir, `${Math.random()}.json`);
    await writeFile(file, text);
    if (expected instanceof RegExp) await expect(readInput(file)).rejects.toThrow(expected);
    else expect(await readInput(file)).toEqual(expected);
  });

  it('names a file it cannot read', async () => {
    await expect(readInput(join(dir, 'missing.json'))).rejects.toThrow(
      /Cannot read --input .*ENOENT/,
    );
  });
});
