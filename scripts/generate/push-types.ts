import {
  type OpenApiDocument,
  type Operation,
  operationsIn,
  type PathItem,
} from './openapi-document.ts';

const jsonBody = (op: Operation) => op?.requestBody?.content?.['application/json']?.schema;

function pushOperation(pathItem: PathItem): [string, Operation] | undefined {
  return operationsIn(pathItem).find(([, op]) => op['x-mediagen-job-push']);
}

/**
 * The TypeScript type of each push's payload, by push name, for `metadata.ts`: a webhook's comes
 * from the `webhooks` interface openapi-typescript writes; a callback's (which openapi-typescript
 * does not type) from the component schema its body refers to. Undefined when the spec has none.
 */
export function pushPayloadTypes(
  spec: string,
  bundled: OpenApiDocument,
): { imports: string; types: string } | undefined {
  const entries: string[] = [];
  const uses = new Set<string>();
  for (const item of Object.values(bundled.paths ?? {})) {
    for (const [, op] of operationsIn(item)) {
      for (const [name, callback] of Object.entries(op.callbacks ?? {})) {
        for (const pathItem of Object.values(callback)) {
          const found = pushOperation(pathItem);
          if (!found) continue;
          const ref = /^#\/components\/schemas\/([^/]+)$/.exec(jsonBody(found[1])?.$ref ?? '');
          if (!ref) {
            throw new Error(
              `${spec}: callbacks.${name}: put the payload schema in components/schemas and $ref it, so the payload is typed`,
            );
          }
          uses.add('components');
          entries.push(
            `  ${JSON.stringify(name)}: components['schemas'][${JSON.stringify(ref[1])}];`,
          );
        }
      }
    }
  }
  for (const [name, pathItem] of Object.entries(bundled.webhooks ?? {})) {
    const found = pushOperation(pathItem);
    if (!found) continue;
    uses.add('webhooks');
    entries.push(
      `  ${JSON.stringify(name)}: NonNullable<webhooks[${JSON.stringify(name)}][${JSON.stringify(found[0])}]['requestBody']>['content']['application/json'];`,
    );
  }
  if (entries.length === 0) return undefined;
  return {
    imports: `import type { ${[...uses].sort().join(', ')} } from './openapi.js';\n`,
    types: `
/** The payload each callback and webhook delivers, by push name: \`pushHandler<Pushes['name']>()\`. */
export interface Pushes {
${entries.join('\n')}
}
`,
  };
}
