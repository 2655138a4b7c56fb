import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

async function folderFiles(root: string): Promise<Map<string, Buffer>> {
  const names = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, Buffer>();
  for (const entry of names) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(root, file), await readFile(file));
  }
  return files;
}

/** Whether two copies of a spec's folder hold the same files, byte for byte: then nothing changed. */
export async function sameSpecFolder(oldSpec: string, newSpec: string): Promise<boolean> {
  const [oldRoot, newRoot] = await Promise.all([readFile(oldSpec), readFile(newSpec)]);
  if (!oldRoot.equals(newRoot)) return false;
  const [before, after] = await Promise.all([
    folderFiles(dirname(oldSpec)),
    folderFiles(dirname(newSpec)),
  ]);
  if (before.size !== after.size) return false;
  for (const [name, content] of before) {
    if (!after.get(name)?.equals(content)) return false;
  }
  return true;
}
