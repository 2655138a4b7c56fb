import type { JobReader } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { planWalk, stepIndex } from './job-walk.js';

const reader: JobReader = {
  state: '/status',
  states: {
    running: ['pending', 'running'],
    succeeded: ['completed'],
    failed: ['failed'],
    cancelled: [],
  },
  outputs: ['/output/videoUrl', '/output/imageUrl'],
  progress: '/progress',
};
const examples = [
  { name: 'pending', value: { status: 'pending', progress: 0 } },
  { name: 'running', value: { status: 'running', progress: 45 } },
  { name: 'completed', value: { status: 'completed', output: { videoUrl: 'v' } } },
  {
    name: 'completedImage',
    value: { status: 'completed', output: { imageUrl: 'i' } },
    when: { operationId: 'generateImage' },
  },
  { name: 'failed', value: { status: 'failed' } },
];
const submit = (operationId: string) => ({ operationId, body: {}, path: {}, query: {} });

describe('planWalk', () => {
  it('walks the running examples in order and ends on the general success', () => {
    const walk = planWalk(examples, reader, submit('generateVideo'));
    expect(walk.running.map((s) => s.example.name)).toEqual(['pending', 'running']);
    expect(walk.terminal.succeeded?.name).toBe('completed');
    expect(walk.terminal.failed?.name).toBe('failed');
    expect(walk.terminal.cancelled).toBeUndefined();
  });

  it('ends an image job on the example made for it', () => {
    expect(planWalk(examples, reader, submit('generateImage')).terminal.succeeded?.name).toBe(
      'completedImage',
    );
  });

  it('spreads a requested number of steps over the running examples with rising progress', () => {
    const walk = planWalk(examples, reader, submit('generateVideo'), 4);
    expect(walk.running.map((s) => [s.example.name, s.progress])).toEqual([
      ['pending', 0],
      ['pending', 25],
      ['running', 50],
      ['running', 75],
    ]);
    expect(planWalk(examples, reader, submit('x'), 0).running).toEqual([]);
  });
});

describe('stepIndex', () => {
  it.each([
    [3, 99_999, undefined, 1, 3],
    [0, 1_000, 2_000, 1, 0],
    [0, 1_000, 2_000, 100, 50],
    [9, 30_000, 10_000, 1, 3],
  ])('reads %i, %i ms, step %s ms, scale %i → %i', (reads, elapsed, stepMs, scale, index) => {
    expect(stepIndex(reads, elapsed, stepMs, scale)).toBe(index);
  });
});
