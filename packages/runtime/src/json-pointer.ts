/**
 * Reads every value a JSON pointer names. A `*` segment matches each element of an array (or each
 * value of an object), so `/outputs/*\/url` yields every output URL.
 */
export function readPointer(value: unknown, pointer: string): unknown[] {
  if (pointer === '' || pointer === '/') return [value];
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown[] = [value];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const node of current) {
      if (node === null || typeof node !== 'object') continue;
      if (segment === '*') next.push(...(Array.isArray(node) ? node : Object.values(node)));
      else if (segment in node) next.push((node as Record<string, unknown>)[segment]);
    }
    current = next;
  }
  return current.filter((v) => v !== undefined);
}

/** The first value a pointer names, if any. */
export function readFirst(value: unknown, pointer: string | undefined): unknown {
  return pointer === undefined ? undefined : readPointer(value, pointer)[0];
}
