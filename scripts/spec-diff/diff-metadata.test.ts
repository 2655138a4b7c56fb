import { describe, expect, it } from 'vitest';
import type { ProviderMetadata } from '../../packages/runtime/src/provider-metadata.ts';
import { diffMetadata } from './diff-metadata.ts';

const metadata = (job: Record<string, unknown> = {}, root: Record<string, unknown> = {}) => ({
  id: 'demo',
  auth: { header: 'Authorization', prefix: 'Bearer ' },
  routes: { 'GET /jobs/{id}': 'getJob' },
  retry: { maxRetries: 2, statuses: [429, 503] },
  operations: {
    getJob: {
      method: 'get',
      path: '/jobs/{id}',
      auth: true,
      input: { type: 'object' },
      job: {
        state: '/status',
        states: { running: ['run'], succeeded: ['ok'], failed: [], cancelled: [] },
        ...job,
      },
    },
  },
  ...root,
});

// Partial metadata on purpose: only the facts a row changes. The differ reads it as JSON.
const rows = (before: object | undefined, after: object | undefined) =>
  diffMetadata(before as ProviderMetadata, after as ProviderMetadata).map((c) => [
    c.pointer,
    c.class,
    c.old,
    c.new,
    c.operation,
  ]);

describe('diffMetadata', () => {
  it('reports each value that came or went from a set, once', () => {
    expect(
      rows(
        metadata(),
        metadata({
          states: { running: ['run'], succeeded: ['ok'], failed: ['err'], cancelled: [] },
        }),
      ),
    ).toEqual([['/operations/getJob/job/states/failed', 'review', undefined, 'err', 'getJob']]);
    expect(
      rows(metadata(), metadata({}, { retry: { maxRetries: 2, statuses: [503, 500] } })),
    ).toEqual([
      ['/retry/statuses', 'review', 429, undefined, undefined],
      ['/retry/statuses', 'review', undefined, 500, undefined],
    ]);
  });

  it('leaves what the spec diff already covers: routes, auth, inputs, methods and paths', () => {
    const after = metadata({}, { routes: {}, auth: { header: 'X-Key', prefix: '' } });
    after.operations.getJob.input = { type: 'string' };
    after.operations.getJob.path = '/v2/jobs/{id}';
    expect(rows(metadata(), after)).toEqual([]);
  });

  it('skips operations only one side has, and a side with no metadata', () => {
    const after = metadata();
    (after.operations as Record<string, unknown>).other = { method: 'get', path: '/x', paid: true };
    expect(rows(metadata(), after)).toEqual([]);
    expect(rows(undefined, metadata())).toEqual([]);
  });

  it('reports a fact that appears as a whole', () => {
    expect(rows(metadata(), metadata({ progress: '/p' }))).toEqual([
      ['/operations/getJob/job/progress', 'review', undefined, '/p', 'getJob'],
    ]);
  });
});
