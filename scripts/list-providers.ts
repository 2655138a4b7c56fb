/** The providers of this repository: the specs listed in redocly.yaml, in order. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '..');

export function listProviders(): string[] {
  const config = parse(readFileSync(resolve(root, 'redocly.yaml'), 'utf8')) as {
    apis: Record<string, unknown>;
  };
  return Object.keys(config.apis);
}
