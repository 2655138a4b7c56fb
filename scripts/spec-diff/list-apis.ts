import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gitMaybe } from './git.ts';

export interface Api {
  provider: string;
  /** Spec root, relative to the repo root. */
  spec: string;
  /** Package folder, relative to the repo root, from the api's `x-openapi-ts.output`. */
  packageDir?: string;
}

interface RedoclyConfig {
  apis?: Record<string, { root: string; 'x-openapi-ts'?: { output?: string } }>;
}

function apisOf(text: string | undefined): Api[] {
  if (!text) return [];
  const config = (parse(text) ?? {}) as RedoclyConfig;
  return Object.entries(config.apis ?? {}).map(([provider, api]) => {
    const output = api['x-openapi-ts']?.output?.replace(/^\.\//, '');
    const packageDir = /^(packages\/[^/]+)\//.exec(output ?? '')?.[1];
    return { provider, spec: api.root.replace(/^\.\//, ''), ...(packageDir ? { packageDir } : {}) };
  });
}

/** Every api in redocly.yaml now and at the base, so a provider that was removed is reported too. */
export async function listApis(root: string, baseCommit: string | undefined): Promise<Api[]> {
  const now = apisOf(await readFile(join(root, 'redocly.yaml'), 'utf8').catch(() => undefined));
  const then = baseCommit
    ? apisOf(await gitMaybe(root, ['show', `${baseCommit}:redocly.yaml`]))
    : [];
  const known = new Set(now.map((api) => api.provider));
  return [...now, ...then.filter((api) => !known.has(api.provider))];
}

/** The package a provider's changes are released in, named as changesets name it. */
export async function packageName(root: string, api: Api): Promise<string> {
  if (api.packageDir) {
    const json = await readFile(join(root, api.packageDir, 'package.json'), 'utf8').catch(
      () => undefined,
    );
    const name = json ? (JSON.parse(json) as { name?: string }).name : undefined;
    if (name) return name;
  }
  return `@mediagen/${api.provider}`;
}
