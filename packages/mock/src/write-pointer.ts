import { escapeSegment, unescapeSegment } from './escape-segment.js';

/** Sets the value a plain JSON pointer names, where its parent exists. Returns whether it did. */
export function writePointer(target: unknown, pointer: string, value: unknown): boolean {
  const segments = pointer.slice(1).split('/').map(unescapeSegment);
  const last = segments.pop();
  if (last === undefined || pointer === '') return false;
  let node = target;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object') return false;
  (node as Record<string, unknown>)[last] = value;
  return true;
}

/** The pointer of the first string equal to `target` inside `value`, depth first. */
export function findString(value: unknown, target: string, at = ''): string | undefined {
  if (value === target) return at;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findString(child, target, `${at}/${escapeSegment(key)}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
