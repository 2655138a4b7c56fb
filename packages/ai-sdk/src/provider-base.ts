import { NoSuchModelError } from '@ai-sdk/provider';
import type { ProviderName } from './model-context.js';

type ModelType = ConstructorParameters<typeof NoSuchModelError>[0]['modelType'];

/** A model family this provider does not offer: the AI SDK's `NoSuchModelError`. */
export function noSuchModel(provider: ProviderName, modelType: ModelType) {
  return (modelId: string): never => {
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `@mediagen/ai-sdk: ${provider} has no ${modelType} (asked for ${JSON.stringify(modelId)}); its documented API offers none under that id`,
    });
  };
}

/** What every provider of this package shares: the specification version, no language models. */
export function providerBase(provider: ProviderName) {
  return {
    specificationVersion: 'v4' as const,
    languageModel: noSuchModel(provider, 'languageModel'),
    embeddingModel: noSuchModel(provider, 'embeddingModel'),
  };
}

/**
 * A lookup by any string that accepts only the ids a provider has, for a closed set of models (the
 * first is the default): the types refuse other ids, and this refuses them at run time too.
 */
export function knownModel(provider: ProviderName) {
  return <Id extends string, Model>(
    ids: readonly Id[],
    modelType: ModelType,
    make: (modelId: Id) => Model,
  ) =>
    (modelId: string = ids[0]!): Model =>
      ids.includes(modelId as Id) ? make(modelId as Id) : noSuchModel(provider, modelType)(modelId);
}
