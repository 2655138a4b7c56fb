import { describe, expect, it } from 'vitest';
import { type LinePlan, planLines, sendsSubmit } from './batch-plan.js';
import { type JournalEvent, parseJournal } from './journal.js';

const handle = {
  provider: 'killatamata',
  id: 'job_1',
  operationId: 'o',
  statusOperationId: 's',
  params: {},
  createdAt: '',
};
const result = { line: 1, status: 'succeeded' as const, outputs: ['u'] };

describe('planLines', () => {
  it.each<[string, JournalEvent[], string]>([
    [
      'a key recorded, no answer: send again with the key',
      [{ event: 'submitting', line: 1, hash: 'h', idempotencyKey: 'k' }],
      'resubmit',
    ],
    [
      'no key recorded, no answer: the job may exist',
      [{ event: 'submitting', line: 1, hash: 'h' }],
      'unknown',
    ],
    [
      'submitted: wait',
      [
        { event: 'submitting', line: 1, hash: 'h' },
        { event: 'submitted', line: 1, handles: [handle] },
      ],
      'wait',
    ],
    [
      'settled: nothing',
      [
        { event: 'submitted', line: 1, handles: [handle] },
        { event: 'settled', line: 1, hash: 'h', result },
      ],
      'done',
    ],
  ])('%s', (_, events, action) => {
    const planned = planLines(events).get(1)!;
    expect(planned.plan.action).toBe(action);
    expect(planned.hash).toBe('h');
  });

  it('leaves lines the journal never saw to be submitted', () => {
    expect(planLines([]).get(7)).toBeUndefined();
  });
});

describe('parseJournal', () => {
  it('drops a torn last line and refuses a broken one in the middle', () => {
    const good = JSON.stringify({ event: 'submitting', line: 1, hash: 'h', idempotencyKey: 'k' });
    expect(parseJournal(`${good}\n{"event":"subm`)).toHaveLength(1);
    expect(() => parseJournal(`{"event":"subm\n${good}\n`)).toThrow(/line 1 is not JSON/);
  });
});

describe('sendsSubmit', () => {
  it.each<[LinePlan, boolean]>([
    [{ action: 'submit' }, true],
    [{ action: 'resubmit', idempotencyKey: 'k' }, true],
    [{ action: 'wait', handles: [handle] }, false],
    [{ action: 'unknown' }, false],
    [{ action: 'done', result }, false],
  ])('%o', (plan, sends) => {
    expect(sendsSubmit(plan)).toBe(sends);
  });
});
