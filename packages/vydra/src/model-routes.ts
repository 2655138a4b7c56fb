import type { DocumentedFields, ExtraFields } from '@mediagen/runtime/provider';
import { metadata } from './generated/metadata.js';
import type { operations } from './generated/openapi.js';
import type { VydraModelInput } from './types.js';

type Operations = (typeof metadata)['operations'];

/** `veo3` from `/models/veo3`; nothing from a templated path such as `/models/{modelSlug}`. */
type SlugOf<Path> = Path extends `/models/${infer Slug}`
  ? Slug extends `${string}{${string}` | `${string}/${string}`
    ? never
    : Slug
  : never;

/** Model slug → the spec operation of its own typed route, read from the spec's paths. */
export type ModelRoutes = {
  [K in keyof Operations as Operations[K] extends { method: 'post' }
    ? SlugOf<Operations[K]['path']>
    : never]: K;
};

/** The models with a typed route of their own: `veo3`, `grok-imagine`, `kling-motion-control`, `asmr-generator`. */
export type NamedModel = keyof ModelRoutes;
export type NamedModelOperation = ModelRoutes[NamedModel];

/** Any catalog slug (see `models()`); the named ones autocomplete. */
export type ModelSlug = NamedModel | (string & {});

type BodyOf<K extends keyof operations> = NonNullable<
  operations[K]['requestBody']
>['content']['application/json'];

/**
 * The documented body of a named model's route (a misspelled key does not compile; `extra` sends a
 * field the spec does not name), or the free-form body of any other model, whose fields its
 * catalog row's `inputSchema` describes.
 */
export type ModelInputFor<M extends string> = M extends NamedModel
  ? DocumentedFields<BodyOf<ModelRoutes[M]>> & ExtraFields
  : VydraModelInput;

const LITERAL_MODEL_PATH = /^\/models\/([^/{}]+)$/;

/** The same map at run time, from the generated metadata (so a new typed route in the spec is picked up). */
export const modelRoutes: ReadonlyMap<string, NamedModelOperation> = new Map(
  Object.entries(metadata.operations).flatMap(([operationId, operation]) => {
    const slug =
      operation.method === 'post' ? LITERAL_MODEL_PATH.exec(operation.path)?.[1] : undefined;
    return slug ? [[slug, operationId as NamedModelOperation] as const] : [];
  }),
);
