import { createJobHandles } from '@mediagen/runtime/provider';
import { describe, expect, it } from 'vitest';
import { metadata } from './generated/metadata.js';

// The doc's own `jq -r '.externalJobId // .jobId // .result.jobId // .id'`.
describe('the submitted job id', () => {
  it.each([
    ['externalJobId first', { externalJobId: 'e', jobId: 'j', id: 'i' }, 'e'],
    ['then jobId', { jobId: 'j', result: { jobId: 'r' }, id: 'i' }, 'j'],
    ['then result.jobId', { result: { jobId: 'r' }, id: 'i' }, 'r'],
    ['then id', { id: 'i' }, 'i'],
  ])('%s', (_name, body, id) => {
    const [handle] = createJobHandles(metadata, 'submitMediaJob', body);
    expect(handle!.params).toEqual({ jobId: id });
  });

  it('is an error when none is present', () => {
    expect(() => createJobHandles(metadata, 'submitMediaJob', { ok: true })).toThrow();
  });
});
