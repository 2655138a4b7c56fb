import { describe, expect, it } from 'vitest';
import { killaTamataCharge } from './killatamata-charge.js';

describe('killaTamataCharge', () => {
  it.each([
    ['no billing at all', undefined, undefined, {}],
    ['a charge at completion only', { usdCharged: '0.04' }, undefined, { usdCharged: '0.04' }],
    [
      'a hold and estimate at submit, the charge at completion',
      { usdCharged: '0.05' },
      { usdHeld: '0.06', usdEstimated: '0.04' },
      { usdCharged: '0.05', estimated: '0.04' },
    ],
    [
      'a submit-time charge and no completion bill',
      {},
      { usdCharged: '0.03', usdEstimated: '0.03' },
      { usdCharged: '0.03', estimated: '0.03' },
    ],
    [
      'a completion charge that settles over the submit-time one',
      { usdCharged: '0.02' },
      { usdCharged: '0.03' },
      { usdCharged: '0.02' },
    ],
  ])('%s', (_, completion, submit, charge) => {
    expect(killaTamataCharge(completion, submit)).toEqual(charge);
  });
});
