import { ValidationError } from '../errors.js';
import type { ProviderMetadata } from '../provider-metadata.js';
import { ttlCache } from '../ttl-cache.js';
import { closestName } from './closest-name.js';
import { withExtra } from './documented-fields.js';

/** Checks a model name against the provider's live catalog before a paid submit. */
export type ModelCheck = (model: string, operationId: string, field?: string) => Promise<void>;

export interface ModelCheckOptions {
  metadata: Pick<ProviderMetadata, 'id' | 'name'>;
  /** The catalog's model names, read from the provider's own catalog endpoint. */
  list: () => Promise<readonly string[]>;
  /** How long one catalog read is reused. */
  ttlMs: number;
  /** Where the catalog is, for the error message (`GET /models`). */
  catalog: string;
}

/**
 * An opt-in check that refuses a model the provider's catalog does not list, with the nearest
 * listed name as a suggestion, before anything paid is sent. The catalog is read once per TTL. An
 * empty catalog (an answer in a shape the spec did not guess) refuses nothing: a false refusal
 * would block a model the provider runs.
 */
export function createModelCheck(options: ModelCheckOptions): ModelCheck {
  const { metadata, ttlMs, catalog } = options;
  const names = ttlCache(async () => new Set(await options.list()), ttlMs);
  return async (model, operationId, field = 'model') => {
    const known = await names.get();
    if (known.size === 0 || known.has(model)) return;
    const suggestion = closestName(model, [...known]);
    const hint = suggestion
      ? `did you mean '${suggestion}'?`
      : `see ${catalog} for the models ${metadata.name} runs`;
    const message = `is not in the ${metadata.name} model catalog (got '${model}'); ${hint}`;
    throw new ValidationError(
      `${metadata.name} ${operationId}: ${field} ${message} Nothing was sent or charged; pass checkModels: false to send it anyway.`,
      { provider: metadata.id, operationId, issues: [{ path: `/${field}`, message }] },
    );
  };
}

/**
 * The body a generation helper sends: the documented fields with any `extra` ones, its `model`
 * checked against the catalog first where the client was asked to (`checkModels`).
 */
export async function checkedBody<Body>(
  checkModel: ModelCheck | undefined,
  operationId: string,
  input: object & { model?: unknown },
): Promise<NonNullable<Body>> {
  if (checkModel && typeof input.model === 'string') await checkModel(input.model, operationId);
  return withExtra<Body>(input);
}
