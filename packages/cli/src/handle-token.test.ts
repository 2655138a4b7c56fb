import { describe, expect, it } from 'vitest';
import { decodeHandle, encodeHandle } from './handle-token.js';

const handle = {
  provider: 'vydra',
  id: 'job_1',
  operationId: 'generateVeo3',
  statusOperationId: 'getJob',
  params: { jobId: 'job_1' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('job handle words', () => {
  it('round-trips as one shell-safe word, and reads the JSON forms', () => {
    const word = encodeHandle(handle);
    expect(word).toMatch(/^mgh1\.[A-Za-z0-9_-]+$/);
    expect(decodeHandle(word)).toEqual(handle);
    expect(decodeHandle(JSON.stringify(handle))).toEqual(handle);
    expect(decodeHandle(JSON.stringify({ id: 'job_1', token: word, handle }))).toEqual(handle);
  });

  it('refuses anything else, saying what to pass', () => {
    expect(() => decodeHandle('mgh1.bm9wZQ')).toThrow(/not a job handle/);
    expect(() => decodeHandle('{"id":"x"}')).toThrow(/mgh1/);
  });
});
