import { describe, expect, it } from 'vitest';
import { batchPathClash } from './batch-paths.js';

describe('batchPathClash', () => {
  it.each<[string, { jobs: string; out: string; journal: string }, RegExp | undefined]>([
    [
      'three files',
      { jobs: 'a.jsonl', out: 'a.results.jsonl', journal: 'a.jsonl.journal' },
      undefined,
    ],
    [
      '--out on the jobs file',
      { jobs: 'a.jsonl', out: './a.jsonl', journal: 'j' },
      /--out names the jobs file/,
    ],
    [
      '--journal on the jobs file',
      { jobs: 'dir/a.jsonl', out: 'o', journal: 'dir/../dir/a.jsonl' },
      /--journal names the jobs file/,
    ],
    [
      '--out on the journal',
      { jobs: 'a.jsonl', out: 'same', journal: './same' },
      /name the same file/,
    ],
  ])('%s', (_name, paths, problem) => {
    const found = batchPathClash(paths);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
