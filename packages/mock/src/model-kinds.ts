/**
 * What kind of output each documented model makes, read from the spec's own catalog examples: any
 * example object that names a model (`model_id`, `slug`) beside its kind (`model_type: video`,
 * `category`). A submit naming that model (in its body or path) then ends on that kind of output,
 * even without a `generation_type`.
 */
import type { SpecDocument } from './spec-document.js';

const ID = /^(model_?id|modelId|slug)$/;
const KIND = /^(model_?type|modelType|type|kind|category|media_?type)$/;
const IDENTIFIER = /^[\w.:/-]{1,64}$/;

function collect(node: unknown, into: Map<string, string>): void {
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node)) {
    const entries = Object.entries(node);
    const id = entries.find(([k, v]) => ID.test(k) && typeof v === 'string')?.[1] as string;
    const kind = entries.find(([k, v]) => KIND.test(k) && typeof v === 'string')?.[1] as string;
    if (id && kind && IDENTIFIER.test(kind) && !into.has(id)) into.set(id, kind);
  }
  for (const child of Object.values(node)) collect(child, into);
}

export function documentedModelKinds(doc: SpecDocument): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const id of doc.operationIds())
    for (const response of doc.responses(id))
      for (const example of response.examples) collect(example.value, kinds);
  return kinds;
}
