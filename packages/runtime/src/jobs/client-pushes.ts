import type { ProviderMetadata } from '../provider-metadata.js';
import type { PushHub } from './push-hub.js';

/** What a push endpoint needs from the client whose waits it settles. */
export interface ClientPushes {
  metadata: ProviderMetadata;
  hub: PushHub;
}

// Keyed by the client object, so the push endpoint, an optional part, is not a method every client
// must carry (and bundle) to reach its client's waits.
const registry = new WeakMap<object, ClientPushes>();

export function registerPushes(client: object, pushes: ClientPushes): void {
  registry.set(client, pushes);
}

export function pushesOf(client: object): ClientPushes | undefined {
  return registry.get(client);
}
