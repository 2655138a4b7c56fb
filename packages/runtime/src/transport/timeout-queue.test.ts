import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimeoutQueue } from './timeout-queue.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createTimeoutQueue', () => {
  it('fires each timeout at its own deadline, in order, on one timer', () => {
    const queue = createTimeoutQueue();
    const fired: string[] = [];
    queue.add(100, () => fired.push('a'));
    vi.advanceTimersByTime(30);
    queue.add(100, () => fired.push('b'));
    queue.add(50, () => fired.push('c'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(49);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['c']);
    vi.advanceTimersByTime(20);
    expect(fired).toEqual(['c', 'a']);
    vi.advanceTimersByTime(29);
    expect(fired).toEqual(['c', 'a']);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['c', 'a', 'b']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never fires a cleared timeout, and leaves no timer once nothing is pending', () => {
    const queue = createTimeoutQueue();
    const fired: number[] = [];
    const clears = Array.from({ length: 200 }, (_, i) => queue.add(1000 + i, () => fired.push(i)));
    for (const [i, clear] of clears.entries()) if (i !== 150) clear();
    vi.advanceTimersByTime(5000);
    expect(fired).toEqual([150]);
    expect(vi.getTimerCount()).toBe(0);
    const clear = queue.add(10, () => fired.push(-1));
    clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([150]);
  });

  it('arms one timer for a timeout beyond what one holds, rather than one every millisecond', () => {
    // A longer setTimeout than 2^31 - 1 ms runs after 1 ms: a 30-day timeout re-armed its timer
    // each millisecond for as long as the attempt ran.
    const queue = createTimeoutQueue();
    const fired: string[] = [];
    const arms = vi.spyOn(globalThis, 'setTimeout');
    queue.add(30 * 24 * 3_600_000, () => fired.push('long'));
    vi.advanceTimersByTime(1000);
    expect(arms.mock.calls.length).toBeLessThanOrEqual(1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(30 * 24 * 3_600_000);
    expect(fired).toEqual(['long']);
    arms.mockRestore();
  });
});
