import { describe, expect, it } from 'vitest';
import { writeCharge } from './write-charge.js';

describe('writeCharge', () => {
  it('writes the price into charged-credit fields at any depth, and into a non-zero refund', () => {
    const body = {
      creditsCharged: 350,
      data: { consumed_credits: 400, credits_remaining: 90 },
      creditsRefunded: 350,
    };
    writeCharge(body, 8, '/creditsRefunded');
    expect(body).toEqual({
      creditsCharged: 8,
      data: { consumed_credits: 8, credits_remaining: 90 },
      creditsRefunded: 8,
    });
  });

  it('leaves a zero refund, text fields and everything without a price', () => {
    const body = { creditsCharged: 350, creditsRefunded: 0, credits_cost_note: 'per second' };
    writeCharge(body, 8, '/creditsRefunded');
    expect(body).toEqual({
      creditsCharged: 8,
      creditsRefunded: 0,
      credits_cost_note: 'per second',
    });
    const untouched = { creditsCharged: 350 };
    writeCharge(untouched, undefined);
    expect(untouched).toEqual({ creditsCharged: 350 });
  });
});
