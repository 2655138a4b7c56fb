import type { JobListMetadata } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { listJobs } from './list-jobs.js';

const list: JobListMetadata = {
  statusOperations: ['getMedia'],
  items: '/generations',
  id: '/id',
  state: '/status',
  states: {
    running: ['queued', 'running'],
    succeeded: ['completed'],
    failed: ['failed'],
    cancelled: [],
  },
  outputs: ['/outputs/*/url'],
};
const documented = {
  generations: [
    {
      id: 'abc',
      status: 'completed',
      model: 'm0',
      generation_type: 'text-to-image',
      outputs: [{ url: 'u' }],
      created_at: 't',
    },
    { id: 'mus', status: 'running', model: 'm1', outputs: [], created_at: 't' },
  ],
};
const jobs = [
  {
    id: 'j1',
    submittedBody: { model: 'nano', generation_type: 'text-to-image' },
    body: { id: 'j1', status: 'completed', outputs: [{ url: 'x' }] },
  },
  {
    id: 'j2',
    submittedBody: { model: 'music' },
    body: { id: 'j2', status: 'running', outputs: [] },
  },
];
const ids = (query: string) =>
  (
    listJobs(documented, list, jobs, new URLSearchParams(query)) as typeof documented
  ).generations.map((g) => g.id);

describe('listJobs', () => {
  it('lists the real jobs newest first, shaped like the documented items', () => {
    const body = listJobs(documented, list, jobs, new URLSearchParams()) as typeof documented;
    expect(body.generations).toEqual([
      { id: 'j2', status: 'running', model: 'music', outputs: [], created_at: 't' },
      {
        id: 'j1',
        status: 'completed',
        model: 'nano',
        generation_type: 'text-to-image',
        outputs: [{ url: 'x' }],
        created_at: 't',
      },
    ]);
  });

  it.each([
    ['status=completed', ['j1']],
    ['model=music', ['j2']],
    ['generation_type=text-to-image', ['j1']],
    ['status=failed', []],
    ['limit=1', ['j2']],
    ['page=2', ['j2', 'j1']],
  ])('honours %s', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});
