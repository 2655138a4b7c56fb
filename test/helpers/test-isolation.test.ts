import { describe, expect, it } from 'vitest';
import { needsIsolation } from './test-isolation.ts';

// Each call is built from parts so this file itself reads as a shared one.
const call = (name: string) => `vi.${name}(`;

describe('needsIsolation', () => {
  it.each([
    [`${call('useFakeTimers')}{ toFake: ['setTimeout'] });`, true],
    [`${call('stubGlobal')}'fetch', fake);`, true],
    [`${call('stubEnv')}'KEY', 'x');`, true],
    [`const warn = ${call('spyOn')}console, 'warn');`, true],
    [`${call('mock')}'./module.ts');`, true],
    [`${call('doMock')}'./module.ts');`, true],
    ['const onJob = vi.fn();', false],
    ['await vi.waitFor(() => expect(seen).toBe(1));', false],
    ['// we used to call useFakeTimers here', false],
    ['expect(1).toBe(1);', false],
  ])('%s → %s', (source, isolated) => {
    expect(needsIsolation(source)).toBe(isolated);
  });
});
