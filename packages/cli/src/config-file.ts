/**
 * The user's config file (`~/.config/mediagen/config.json` on Linux, the platform's config
 * directory elsewhere, or `MEDIAGEN_CONFIG`): the API keys `mediagen login` saved. It is written
 * with mode 0600 in a 0700 directory, through a temporary file renamed over it, so a key is never
 * readable by others, not even for a moment.
 */
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { CliError, EXIT } from './exit-codes.js';

export interface Config {
  apiKeys?: Record<string, string>;
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MEDIAGEN_CONFIG ?? join(envPaths('mediagen', { suffix: '' }).config, 'config.json');
}

export async function readConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  // Never JSON.parse's own message: it quotes the text around the fault, which may be a key.
  const broken = new CliError(
    `${path} is not a mediagen config file (a JSON object with "apiKeys"). Fix it, or delete it and run \`mediagen login\` again.`,
    EXIT.invalidInput,
  );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw broken;
  }
  const keys = (value as Config | null)?.apiKeys;
  if (!isObject(value) || (keys !== undefined && !isObject(keys))) throw broken;
  return value as Config;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when others than the owner may read the file (a key in it may have leaked). */
export async function readableByOthers(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && process.platform !== 'win32' && (info.mode & 0o077) !== 0;
}

export async function saveApiKey(path: string, provider: string, apiKey: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const config = await readConfig(path);
  const next: Config = { ...config, apiKeys: { ...config.apiKeys, [provider]: apiKey } };
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
