/**
 * The values a schema fixes (`const`, or a one-value `enum`) for the properties it requires, through
 * `$ref`s and `allOf`: Killa Tamata's callback requires `callbackType: media_job_terminal`. A push
 * body the mock builds from a status example, where the spec documents no push of that state,
 * lacks them.
 */
import type { SpecDocument } from './spec-document.js';

type Json = Record<string, unknown>;

export function requiredConstants(doc: SpecDocument, schema: unknown): Json {
  const required = new Set<string>();
  const fixed: Json = {};
  const visit = (node: unknown, depth: number) => {
    const s = doc.resolve(node);
    if (!s || typeof s !== 'object' || depth > 16) return;
    for (const name of (s.required ?? []) as string[]) required.add(name);
    for (const [name, property] of Object.entries((s.properties ?? {}) as Json)) {
      const p = doc.resolve(property);
      if (!p || name in fixed) continue;
      if ('const' in p) fixed[name] = p.const;
      else if (Array.isArray(p.enum) && p.enum.length === 1) fixed[name] = p.enum[0];
    }
    for (const part of (s.allOf ?? []) as unknown[]) visit(part, depth + 1);
  };
  visit(schema, 0);
  return Object.fromEntries(Object.entries(fixed).filter(([name]) => required.has(name)));
}
