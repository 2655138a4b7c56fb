import { describe, expect, it } from 'vitest';
import { namedJob } from './named-job.js';

describe('namedJob', () => {
  it.each([
    [
      ['generate', 'happyhorse', 'createTask', '--prompt', 'x'],
      ['happyhorse', 'createTask'],
    ],
    [
      ['--json', 'generate', '--mock', 'kubeez', 'generateMedia'],
      ['kubeez', 'generateMedia'],
    ],
    [
      ['generate', '--base-url', 'http://127.0.0.1:1', 'vydra', 'generateVeo3'],
      ['vydra', 'generateVeo3'],
    ],
    [
      ['generate', '--input=job.json', 'vydra', 'generateVeo3'],
      ['vydra', 'generateVeo3'],
    ],
    [['generate', 'happyhorse'], undefined],
    [['wait', 'mgh1.x'], undefined],
  ] as const)('%j', (argv, named) => {
    expect(namedJob(argv, 'generate')).toEqual(named);
  });
});
