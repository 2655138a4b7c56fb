import { describe, expect, it } from 'vitest';
import { deliveryOf } from './push-delivery.ts';

const documented = {
  timeoutMs: 10000,
  retryDelaysMs: [0, 30000, 120000],
  retryOn: ['network', 'timeout', 408, 429, '5xx'],
};

describe('deliveryOf', () => {
  it("carries the doc's delivery policy, notes dropped", () => {
    expect(deliveryOf('w', { ...documented, 'x-mediagen-assumption': 'six retries' })).toEqual(
      documented,
    );
    expect(deliveryOf('w', { ...documented, retryDelaysMs: [], retryOn: [] })).toMatchObject({
      retryDelaysMs: [],
    });
  });

  it('is absent where the spec has none', () => {
    expect(deliveryOf('w', undefined)).toBeUndefined();
  });

  it.each([
    ['no timeout', { ...documented, timeoutMs: undefined }, /needs timeoutMs/],
    ['no retryOn', { ...documented, retryOn: undefined }, /needs retryOn/],
    ['a zero timeout', { ...documented, timeoutMs: 0 }, /positive number/],
    ['a timeout as text', { ...documented, timeoutMs: '10s' }, /positive number/],
    ['a negative delay', { ...documented, retryDelaysMs: [0, -1] }, /wait in ms/],
    ['delays as one number', { ...documented, retryDelaysMs: 30000 }, /wait in ms/],
    ['an unknown failure', { ...documented, retryOn: ['dns'] }, /retryOn lists/],
    ['a status out of range', { ...documented, retryOn: [999] }, /retryOn lists/],
    ['a family spelt 5XX', { ...documented, retryOn: ['5XX'] }, /retryOn lists/],
    ['a misspelt key', { ...documented, retryDelays: [1] }, /unknown key retryDelays/],
    ['a list', [documented], /must be an object/],
  ])('refuses %s', (_what, ext, message) => {
    expect(() => deliveryOf('acme: callbacks.done', ext)).toThrow(message);
  });
});
