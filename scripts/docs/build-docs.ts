/**
 * Builds one HTML reference per provider with Redocly's `build-docs`, from each spec in redocly.yaml
 * bundled and enriched with its `x-mediagen-*` facts in words, and an index page linking them.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundle, createConfig } from '@redocly/openapi-core';
import { parse } from 'yaml';
import { specToMetadata } from '../generate/spec-to-metadata.ts';
import { listProviders, root } from '../list-providers.ts';
import { collectNotes } from './collect-notes.ts';
import { enrichSpec, pathOperations } from './enrich-spec.ts';
import { type BuiltPage, indexPage } from './index-page.ts';
import { LOCAL_LOGO, LOGO_SVG, offlinePage } from './offline-page.ts';

const run = promisify(execFile);

export const DOCS_DIR = resolve(root, 'docs-site');

function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@redocly/cli/package.json');
  const { bin } = require('@redocly/cli/package.json') as { bin: Record<string, string> };
  return resolve(dirname(manifest), bin.redocly!);
}

/** Each provider's spec, as redocly.yaml lists it (path relative to the root). */
export async function specPaths(): Promise<Map<string, string>> {
  const config = parse(await readFile(resolve(root, 'redocly.yaml'), 'utf8')) as {
    apis: Record<string, { root: string }>;
  };
  return new Map(listProviders().map((p) => [p, config.apis[p]!.root]));
}

async function buildPage(provider: string, spec: string, outDir: string): Promise<BuiltPage> {
  const specPath = resolve(root, spec);
  const config = await createConfig({});
  const deref = await bundle({ ref: specPath, config, dereference: true });
  const metadata = specToMetadata(spec, deref.bundle.parsed);
  const bundled = (await bundle({ ref: specPath, config, dereference: false })).bundle.parsed;
  const enriched = enrichSpec(bundled, metadata);

  const enrichedPath = resolve(outDir, 'openapi', `${provider}.json`);
  await writeFile(enrichedPath, `${JSON.stringify(enriched, null, 2)}\n`);
  const file = `${provider}.html`;
  const htmlPath = resolve(outDir, file);
  const args = ['build-docs', enrichedPath, '-o', htmlPath, '--inlineBundle'];
  args.push('--title', `${metadata.name} API reference (mediagen)`);
  try {
    await run(process.execPath, [redoclyCli(), ...args], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
      // The machine has no network: no usage data, no update check.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`redocly build-docs failed for ${provider}:\n${stdout}${stderr}`);
  }
  await writeFile(htmlPath, offlinePage(await readFile(htmlPath, 'utf8')));

  return {
    provider,
    name: metadata.name,
    file,
    title: bundled.info.title,
    version: bundled.info.version,
    operations: pathOperations(bundled).length,
    webhooks: Object.keys(bundled.webhooks ?? {}).length,
    assumptions: collectNotes(bundled, [[bundled, []]]).length,
    metadata,
  };
}

/** Builds every provider's page and the index into `outDir` (emptied first); returns the pages. */
export async function buildDocs(outDir = DOCS_DIR): Promise<BuiltPage[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(resolve(outDir, 'openapi'), { recursive: true });
  const pages = await Promise.all(
    [...(await specPaths())].map(([provider, spec]) => buildPage(provider, spec, outDir)),
  );
  await writeFile(resolve(outDir, LOCAL_LOGO), LOGO_SVG);
  await writeFile(resolve(outDir, 'index.html'), indexPage(pages));
  return pages;
}
