import type { DocumentedFields, ExtraFields, ProviderClient } from '@mediagen/runtime/provider';
import type { metadata } from './generated/metadata.js';
import type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

/** The submit body: one branch per task. */
export type MediaJobRequest = Schemas['MediaJobRequest'];
/** One of the ten tasks: `image.generate`, `video.generate`, `audio.speak`, … */
export type Task = MediaJobRequest['task'];
/**
 * The `input` of one task: the fields the spec documents for it, each with its type (a misspelled
 * key does not compile); a field the spec does not name goes in `extra`.
 */
export type TaskInput<T extends Task> = DocumentedFields<
  Extract<MediaJobRequest, { task: T }>['input']
> &
  ExtraFields;
export type MediaJobSubmitted = Schemas['MediaJobSubmitted'];
export type MediaJobStatus = Schemas['MediaJobStatus'];
/** The terminal callback's body: the includeDetails status body plus `callbackType`. */
export type MediaJobCallback = Schemas['MediaJobCallback'];
export type Billing = Schemas['Billing'];

/** The provider facts the spec declares, as one named type so hovers stay short. */
export type KillaTamataMetadata = typeof metadata;
export type KillaTamataBaseClient = ProviderClient<paths, operations, KillaTamataMetadata>;
