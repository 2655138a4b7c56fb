/**
 * The Vydra model slug a request runs. `POST /models/{modelSlug}` takes any slug, and each typed
 * route (`/models/veo3`, `/models/elevenlabs/tts`) is that path with its slug written in, so the
 * slug is read off the spec's paths: a new typed route needs nothing here. Pure.
 */
import type { ProviderMetadata } from '@mediagen/runtime';
import { metadata } from '@mediagen/vydra';
import type { JobRequest } from '../provider-adapter.js';

const operations: ProviderMetadata['operations'] = metadata.operations;
const ANY_MODEL = metadata.operations.generateWithModel.path;
const SLUG = '{modelSlug}';
const PREFIX = ANY_MODEL.slice(0, ANY_MODEL.indexOf(SLUG));

export function vydraModelOf(request: JobRequest): string | undefined {
  const path = operations[request.operationId]?.path;
  if (!path?.startsWith(PREFIX) || path === PREFIX) return undefined;
  const slug = path.slice(PREFIX.length);
  if (slug !== SLUG) return slug;
  const given = request.init.params?.path?.modelSlug;
  return typeof given === 'string' && given !== '' ? given : undefined;
}
