import { ApiError, ConnectionError, ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { isPendingPoll } from './device-link-pending.js';

const refused = (status: number, providerMessage?: string) =>
  new ApiError('refused', { status, ...(providerMessage ? { providerMessage } : {}) });

describe('isPendingPoll', () => {
  it.each([
    ['400 authorization_pending', refused(400, 'authorization_pending'), true],
    [
      'a 400 as the client types it',
      new ValidationError('x', { status: 400, providerMessage: 'authorization_pending' }),
      true,
    ],
    ['a refusal before sending', new ValidationError('x', {}), false],
    ['400 slow_down', refused(400, 'slow_down'), true],
    ['400 "Device link is still pending"', refused(400, 'Device link is still pending'), true],
    ['400 "not approved yet"', refused(400, 'Device link not approved yet'), true],
    ['428', refused(428), true],
    ['400 expired_token', refused(400, 'expired_token'), false],
    ['400 access_denied', refused(400, 'access_denied'), false],
    ['404 unknown device code', refused(404, 'pending'), false],
    ['a network error', new ConnectionError('reset'), false],
  ])('%s: %s', (_name, error, pending) => {
    expect(isPendingPoll(error)).toBe(pending);
  });
});
