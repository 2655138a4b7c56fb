import { type RequestOptions, RequestTimeoutError } from '@mediagen/runtime';
import { delay } from '@mediagen/runtime/provider';
import type { components } from './generated/openapi.js';
import { SecretKey } from './secret-key.js';
import type { KillaTamataBaseClient } from './types.js';

type Started = components['schemas']['DeviceLinkStarted'];

export interface DeviceLink {
  /** Show this to the user, who approves it in a signed-in browser. */
  userCode: string;
  /** Where the user approves the link, where the API gives one. */
  verificationUrl?: string;
  /** What `pollDeviceLink` polls with. */
  deviceCode: string;
  /** Poll interval the API suggests, in seconds. */
  intervalSeconds?: number;
  /** How long the link stays valid, in seconds. */
  expiresInSeconds?: number;
}

export interface PollDeviceLinkOptions extends Omit<RequestOptions, 'timeoutMs'> {
  /** Delay between polls. Default: the link's `intervalSeconds`, else 5 s. */
  intervalMs?: number;
  /** Give up after this long. Default: the link's `expiresInSeconds`, else 10 minutes. */
  timeoutMs?: number;
}

const DEFAULT_INTERVAL_MS = 5000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

function linkFrom(body: Started): DeviceLink {
  if (typeof body.userCode !== 'string' || typeof body.deviceCode !== 'string') {
    throw new TypeError(
      'Killa Tamata started a device link without userCode and deviceCode; try POST /api/v1/device/link/start again.',
    );
  }
  return {
    userCode: body.userCode,
    deviceCode: body.deviceCode,
    ...(body.verificationUrl ? { verificationUrl: body.verificationUrl } : {}),
    ...(body.intervalSeconds ? { intervalSeconds: body.intervalSeconds } : {}),
    ...(body.expiresInSeconds ? { expiresInSeconds: body.expiresInSeconds } : {}),
  };
}

/** `startDeviceLink()` and `pollDeviceLink()`: key setup for a local tool, approved in a browser. */
export function deviceLinkHelpers(client: KillaTamataBaseClient) {
  return {
    /** Starts a link; no key needed. Show `userCode` (and `verificationUrl`) to the user. */
    async startDeviceLink(
      body: { keyLabel?: string } = {},
      options?: RequestOptions,
    ): Promise<DeviceLink> {
      return linkFrom(await client.call('startDeviceLink', { body }, options));
    },

    /**
     * Polls until the user approves, then returns the one-time key as a `SecretKey` (it prints as
     * `[REDACTED]`; `reveal()` reads it). Bounded by `timeoutMs` and `signal`.
     */
    async pollDeviceLink(
      link: DeviceLink | string,
      options: PollDeviceLinkOptions = {},
    ): Promise<SecretKey> {
      const started: Partial<DeviceLink> & { deviceCode: string } =
        typeof link === 'string' ? { deviceCode: link } : link;
      const { intervalMs, timeoutMs, ...request } = options;
      const interval =
        intervalMs ??
        (started.intervalSeconds ? started.intervalSeconds * 1000 : DEFAULT_INTERVAL_MS);
      const limit =
        timeoutMs ??
        (started.expiresInSeconds ? started.expiresInSeconds * 1000 : DEFAULT_TIMEOUT_MS);
      const deadline = Date.now() + limit;
      for (;;) {
        const body = await client.call(
          'pollDeviceLink',
          { body: { deviceCode: started.deviceCode } },
          request,
        );
        if (typeof body.apiKey === 'string' && body.apiKey) return new SecretKey(body.apiKey);
        if (Date.now() + interval > deadline) {
          throw new RequestTimeoutError(
            'The device link was not approved in time. Start a new one with startDeviceLink() and approve it in the browser.',
            { provider: 'killatamata', operationId: 'pollDeviceLink' },
          );
        }
        await delay(interval, request.signal);
      }
    },
  };
}

/** The methods `deviceLinkHelpers` puts on the client. */
export type DeviceLinkHelpers = ReturnType<typeof deviceLinkHelpers>;
