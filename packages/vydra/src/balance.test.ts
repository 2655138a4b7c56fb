import { InvalidResponseError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { createVydraClient } from './create-vydra-client.js';

const answering = (body: unknown) =>
  createVydraClient({
    apiKey: 'vydra_test_key_0123456789',
    fetch: async () => Response.json(body),
  });

describe('checkBalance answer', () => {
  it('reads creditsRemaining', async () => {
    const balance = await answering({
      id: 'org_123',
      creditsRemaining: 2750,
      plan: 'creator',
    }).checkBalance();
    expect(balance).toMatchObject({ creditsRemaining: 2750, plan: 'creator', low: false });
  });

  it.each([
    ['no creditsRemaining', { id: 'org_123', plan: 'creator' }],
    ['a creditsRemaining that is not a number', { id: 'org_123', creditsRemaining: '2750' }],
  ])(
    'refuses %s with a typed error, not "low: false" on an unknown balance',
    async (_name, body) => {
      const onLowBalance = () => {};
      const error = await answering(body)
        .checkBalance({ onLowBalance })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).body).toEqual(body);
    },
  );
});
