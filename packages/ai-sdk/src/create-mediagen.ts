import {
  createHappyHorse,
  type HappyHorseProvider,
  type HappyHorseSettings,
} from './happyhorse.js';
import { createHoracle, type HoracleProvider, type HoracleSettings } from './horacle.js';
import {
  createKillaTamata,
  type KillaTamataProvider,
  type KillaTamataSettings,
} from './killatamata.js';
import { createKubeez, type KubeezProvider, type KubeezSettings } from './kubeez.js';
import { createVydra, type VydraProvider, type VydraSettings } from './vydra.js';

/** Each provider's settings: its client options (`apiKey`, `baseUrl`, …), `job`, `download`. */
export interface MediagenSettings {
  happyhorse?: HappyHorseSettings;
  horacle?: HoracleSettings;
  killatamata?: KillaTamataSettings;
  kubeez?: KubeezSettings;
  vydra?: VydraSettings;
}

export interface MediagenProvider {
  readonly happyhorse: HappyHorseProvider;
  readonly horacle: HoracleProvider;
  readonly killatamata: KillaTamataProvider;
  readonly kubeez: KubeezProvider;
  readonly vydra: VydraProvider;
}

/**
 * Every provider behind one object: `createMediagen({ horacle: { apiKey } }).horacle.image('nano-banana')`.
 * Each provider's client is made when first used; a key left out is read from the provider's
 * environment variable (`HORACLE_API_KEY`, …) when its first request needs it.
 */
export function createMediagen(settings: MediagenSettings = {}): MediagenProvider {
  const made: Partial<MediagenProvider> = {};
  const once = <K extends keyof MediagenProvider>(key: K, make: () => MediagenProvider[K]) =>
    (made[key] ??= make());
  return {
    get happyhorse() {
      return once('happyhorse', () => createHappyHorse(settings.happyhorse));
    },
    get horacle() {
      return once('horacle', () => createHoracle(settings.horacle));
    },
    get killatamata() {
      return once('killatamata', () => createKillaTamata(settings.killatamata));
    },
    get kubeez() {
      return once('kubeez', () => createKubeez(settings.kubeez));
    },
    get vydra() {
      return once('vydra', () => createVydra(settings.vydra));
    },
  };
}

/** The default instance: every key from its environment variable. */
export const mediagen: MediagenProvider = createMediagen();
