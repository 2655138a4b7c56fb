import { describe, expect, it } from 'vitest';
import { outputFileName } from './output-file-name.js';

describe('outputFileName', () => {
  it.each([
    ['job_1', 0, 'video/mp4', 'https://cdn.test/x', 'job_1-1.mp4'],
    ['job_1', 1, 'image/webp; charset=binary', 'https://cdn.test/x.png', 'job_1-2.webp'],
    ['job_1', 0, 'application/octet-stream', 'https://cdn.test/a/b.WAV', 'job_1-1.wav'],
    ['job_1', 0, null, 'https://cdn.test/a/b', 'job_1-1.bin'],
    ['../../etc/passwd', 0, 'text/plain', 'https://cdn.test/', '__.._etc_passwd-1.txt'], // no separator, no leading dot,
  ] as const)('%s #%i %s %s → %s', (id, index, type, url, name) => {
    expect(outputFileName(id, index, type, url)).toBe(name);
  });
});
