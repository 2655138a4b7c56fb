import { describe, expect, it } from 'vitest';
import { fixtureHandle } from '../test-support/fixture-handle.js';
import { fixture } from '../test-support/fixture-metadata.js';
import { createJobPoller } from './job-poller.js';

describe('createJobPoller', () => {
  it('forgets a job the list did not show once no wait follows it (a server doing 1e5 waits)', async () => {
    const calls: string[] = [];
    let listed = ['job_0'];
    const poller = createJobPoller(
      {
        metadata: fixture,
        list: async () => {
          calls.push('list');
          return { jobs: listed.map((id) => ({ id, status: 'running' })) };
        },
        poll: async (handle) => {
          calls.push(`poll ${handle.id}`);
          return { status: 'running' };
        },
      },
      { batchWindowMs: 0 },
    );
    const [a, b] = [fixtureHandle('job_0'), fixtureHandle('job_1')];
    const first = [poller.watch(a), poller.watch(b)];
    await poller.look(b);
    expect(calls).toEqual(['list', 'poll job_1']);
    for (const stop of first) stop();

    // Later waits for the same id: the list shows it now, and the old miss is not remembered.
    listed = ['job_0', 'job_1'];
    calls.length = 0;
    const second = [poller.watch(a), poller.watch(b)];
    expect((await poller.look(b)).snapshot.status).toBe('running');
    expect(calls).toEqual(['list']);
    for (const stop of second) stop();
  });
});
