/** Each submit operation of a bundled spec with its first documented request example. */
import type { ProviderMetadata } from '@mediagen/runtime';

// biome-ignore lint/suspicious/noExplicitAny: a spec document is untyped JSON, walked by hand here.
export type Json = Record<string, any>;

const deref = (spec: Json, node: Json | undefined): Json | undefined =>
  node?.$ref
    ? deref(
        spec,
        node.$ref
          .slice(2)
          .split('/')
          .reduce((at: Json, k: string) => at?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec),
      )
    : node;

export function documentedSubmits(spec: Json, metadata: ProviderMetadata) {
  return Object.entries(metadata.operations).flatMap(([id, op]) => {
    if (!op.status || op.method !== 'post') return [];
    const raw = spec.paths[op.path][op.method];
    const media = deref(spec, raw.requestBody)?.content?.['application/json'];
    const example = Object.values(media?.examples ?? {}).map((e) => deref(spec, e as Json))[0];
    if (!example) return [];
    const params = [...(spec.paths[op.path].parameters ?? []), ...(raw.parameters ?? [])].map(
      (p: Json) => deref(spec, p),
    );
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const param = params.find((p: Json | undefined) => p?.name === name);
      return String(Object.values(param?.examples ?? {}).map((e) => (e as Json).value)[0] ?? 'x');
    });
    return [{ id, path, body: example.value }];
  });
}

/** A plain JSON pointer's value. */
export function readAt(value: Json, pointer: string): Json | undefined {
  return pointer
    .slice(1)
    .split('/')
    .reduce<Json | undefined>((at, k) => at?.[k], value);
}
