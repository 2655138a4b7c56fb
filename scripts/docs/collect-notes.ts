/**
 * The `x-mediagen-assumption` notes that bear on one part of a bundled spec: those written inside it
 * and inside every component it reaches through a local `$ref`, each named by where it is written
 * (as `src/generated/assumptions.md` names it), once.
 */
export interface Note {
  where: string;
  note: string;
}

type Json = unknown;

function resolvePointer(doc: Json, ref: string): Json {
  return ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined,
      doc,
    );
}

const pathOf = (ref: string) =>
  ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));

/** Notes under each start `[node, path]`, following local refs; `seen` spans the starts. */
export function collectNotes(doc: Json, starts: readonly (readonly [Json, string[]])[]): Note[] {
  const found = new Map<string, Note>();
  const seenRefs = new Set<string>();
  const walk = (node: Json, path: string[]): void => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, String(i)]);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, Json>)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
        if (seenRefs.has(value)) continue;
        seenRefs.add(value);
        walk(resolvePointer(doc, value), pathOf(value));
      } else if (key === 'x-mediagen-assumption') {
        for (const note of Array.isArray(value) ? value : [value]) {
          const entry = { where: path.join(' › ') || '(root)', note: String(note).trim() };
          found.set(`${entry.where}\n${entry.note}`, entry);
        }
      } else walk(value, [...path, key]);
    }
  };
  for (const [node, path] of starts) walk(node, path);
  return [...found.values()];
}
