/** Every `x-mediagen-assumption` with the place it annotates, in document order. */
export function collectAssumptions(doc: unknown): { where: string; note: string }[] {
  const found: { where: string; note: string }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, String(i)]);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-mediagen-assumption') {
        const notes: unknown[] = Array.isArray(value) ? value : [value];
        for (const note of notes)
          found.push({ where: path.join(' › ') || '(root)', note: String(note).trim() });
      } else walk(value, [...path, key]);
    }
  };
  walk(doc, []);
  return found;
}
