import type { ProviderBase } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];
type JobCreatedBody = Schemas['JobCreated'];
type CancelResultBody = Schemas['CancelResult'];
type OrganizationBody = Schemas['Organization'];
type ModelRowBody = Schemas['ModelRow'];
type JobBody = Schemas['Job'];

/** A job as `GET /jobs/{jobId}` reports it. */
export interface VydraJob extends JobBody {}
/** The `202` answer of every generation route. */
export interface VydraJobCreated extends JobCreatedBody {}
/** One row of the model catalog (`GET /models`). */
export interface VydraModel extends ModelRowBody {}
/** The organization behind the API key: plan and credit balance. */
export interface VydraOrganization extends OrganizationBody {}
export type VydraPlan = NonNullable<VydraOrganization['plan']>;
/** The answer of `DELETE /jobs/{jobId}`. */
export interface VydraCancelResult extends CancelResultBody {}
/** The body of a `402`, on `InsufficientCreditsError.body`. */
export type VydraInsufficientCredits = Schemas['InsufficientCreditsError'];
/** The free-form body of `POST /models/{modelSlug}`: whatever the model's `inputSchema` describes. */
export type VydraModelInput = Schemas['ModelInput'];

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type VydraMetadata = typeof metadata;
/** The runtime client the helpers are built on. */
export type VydraBaseClient = ProviderBase<paths, operations, VydraMetadata>;
/** The body of `POST /models/elevenlabs/tts` (an assumed route, see the spec). */
export type VydraElevenLabsTtsInput = Schemas['ElevenLabsTtsRequest'];
