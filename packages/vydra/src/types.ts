import type { ProviderBase } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** A job as `GET /jobs/{jobId}` reports it. */
export type VydraJob = Schemas['Job'];
/** The `202` answer of every generation route. */
export type VydraJobCreated = Schemas['JobCreated'];
/** One row of the model catalog (`GET /models`). */
export type VydraModel = Schemas['ModelRow'];
/** The organization behind the API key: plan and credit balance. */
export type VydraOrganization = Schemas['Organization'];
export type VydraPlan = NonNullable<VydraOrganization['plan']>;
/** The answer of `DELETE /jobs/{jobId}`. */
export type VydraCancelResult = Schemas['CancelResult'];
/** The body of a `402`, on `InsufficientCreditsError.body`. */
export type VydraInsufficientCredits = Schemas['InsufficientCreditsError'];
/** The free-form body of `POST /models/{modelSlug}`: whatever the model's `inputSchema` describes. */
export type VydraModelInput = Schemas['ModelInput'];

/** The runtime client the helpers are built on. */
/** The provider facts the spec declares, as one named type so hovers stay short. */
export type VydraMetadata = typeof metadata;
export type VydraBaseClient = ProviderBase<paths, operations, VydraMetadata>;
