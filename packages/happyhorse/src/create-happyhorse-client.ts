import type { ClientOptions } from '@mediagen/runtime';
import { createProviderBase } from '@mediagen/runtime/provider';
import {
  type GenerateVideoHelpers,
  generateVideoHelpers,
  type HappyHorseBaseClient,
  type HappyHorseMetadata,
} from './generate-video.js';
import { metadata } from './generated/metadata.js';
import type { operations, paths } from './generated/openapi.js';

/**
 * A typed HappyHorse client: every operation through openapi-fetch (`client.POST('/api/generate')`),
 * plus `generateVideo`, which creates a task and waits for the video on the documented schedule.
 */
export interface HappyHorseClient extends HappyHorseBaseClient, GenerateVideoHelpers {}

export function createHappyHorseClient(options: ClientOptions = {}): HappyHorseClient {
  const client = createProviderBase<paths, operations, HappyHorseMetadata>(metadata, options);
  return { ...client, ...generateVideoHelpers(client) };
}
