import { ConflictError, type RequestOptions, ValidationError } from '@mediagen/runtime';
import { formatIssues, validateInput } from '@mediagen/runtime/provider';
import type { Asset, KubeezBaseClient } from './types.js';

/** The asset library: save a public URL once under a stable name, then reuse it (workflow C). */
export function assetHelpers(client: KubeezBaseClient) {
  const create = client.metadata.operations.createAsset;

  async function findAsset(name: string, options?: RequestOptions): Promise<Asset | undefined> {
    const { assets } = await client.call('listAssets', {}, options);
    return assets.find((asset) => asset.name === name);
  }

  return {
    /** The asset with this name, with a freshly signed `url` (good for 1 hour), if it exists. */
    findAsset,

    /**
     * Returns the asset named `name`, creating it from `url` if the library has none. Each call
     * returns a freshly signed `url`; call it again once `url_expires_at` has passed. A name that
     * breaks the handle rules (lowercase letters, digits, `_`, `-`, max 64) is refused before
     * anything is sent. If another caller creates the name first (`409 name_taken`), the library
     * is listed again and that asset is returned.
     */
    async ensureAsset(name: string, url: string, options?: RequestOptions): Promise<Asset> {
      const issues = validateInput(create.input, { name, url });
      if (issues.length > 0) {
        throw new ValidationError(
          `Kubeez createAsset input is invalid, so it was not sent: ${formatIssues(issues)}`,
          {
            provider: client.metadata.id,
            operationId: 'createAsset',
            method: create.method.toUpperCase(),
            path: create.path,
            issues,
          },
        );
      }
      const existing = await findAsset(name, options);
      if (existing) return existing;
      try {
        const { asset } = await client.call('createAsset', { body: { name, url } }, options);
        return asset;
      } catch (error) {
        if (!(error instanceof ConflictError && error.code === 'name_taken')) throw error;
        const winner = await findAsset(name, options);
        if (!winner) throw error;
        return winner;
      }
    },
  };
}

/** The methods `assetHelpers` puts on the client. */
export type AssetHelpers = ReturnType<typeof assetHelpers>;
