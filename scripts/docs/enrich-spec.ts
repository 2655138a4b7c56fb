import type { ProviderMetadata } from '@mediagen/runtime';
import { collectNotes, type Note } from './collect-notes.ts';
import { describeBackoff } from './describe-retry.ts';
import { factsMarkdown } from './facts-markdown.ts';
import { operationFacts, pushFacts } from './operation-facts.ts';

// biome-ignore lint/suspicious/noExplicitAny: a bundled OpenAPI document, walked by key
type Json = any;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation under `paths`, with where it is. */
export function pathOperations(doc: Json): { id: string; op: Json; at: string[] }[] {
  return Object.entries<Json>(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      id: item[method].operationId as string,
      op: item[method],
      at: ['paths', path, method],
    })),
  );
}

/** The facts an operation's description shows rest on these notes: its own, and the ones behind them. */
function notesFor(
  doc: Json,
  metadata: ProviderMetadata,
  id: string,
  op: Json,
  at: string[],
): Note[] {
  const pathItem = doc.paths[at[1]!];
  const starts: [Json, string[]][] = [
    [pathItem.parameters, ['paths', at[1]!, 'parameters']],
    [op, at],
  ];
  const meta = metadata.operations[id]!;
  const statusId = meta.status?.operationId ?? (meta.job ? id : undefined);
  if (meta.status) {
    const status = metadata.operations[meta.status.operationId]!;
    const statusAt = ['paths', status.path, status.method];
    starts.push([
      doc.paths[status.path][status.method]['x-mediagen-job-status'],
      [...statusAt, 'x-mediagen-job-status'],
    ]);
  }
  for (const [name, push] of Object.entries(metadata.pushes ?? {})) {
    if (push.kind !== 'webhook' || !statusId || !push.statusOperations.includes(statusId)) continue;
    const webhook = doc.webhooks?.[name]?.[push.method];
    starts.push([
      webhook?.['x-mediagen-job-push'],
      ['webhooks', name, push.method, 'x-mediagen-job-push'],
    ]);
  }
  starts.push([doc['x-mediagen-retry'], ['x-mediagen-retry']]);
  return collectNotes(doc, starts);
}

const appended = (description: string | undefined, block: string) =>
  description ? `${description.trimEnd()}\n\n${block}` : block;

function providerOverview(doc: Json, metadata: ProviderMetadata): string {
  const rootNotes = collectNotes(
    doc,
    Object.keys(doc)
      .filter((key) => key.startsWith('x-mediagen-'))
      .map((key) => [doc[key], [key]] as [Json, string[]]),
  );
  const facts = [
    { label: 'Base URL', text: `\`${metadata.baseUrl}\`` },
    {
      label: 'API key',
      text: `sent in the \`${metadata.auth.header}\` header${metadata.auth.prefix ? ` as \`${metadata.auth.prefix.trim()} <key>\`` : ''}, to this origin only; the client reads it from \`${metadata.apiKeyEnv}\` unless you pass \`apiKey\`.`,
    },
    ...(metadata.trustedOrigins
      ? [
          {
            label: 'Trusted origins',
            text: `a redirect to ${metadata.trustedOrigins.map((o) => `\`${o}\``).join(', ')} keeps the key.`,
          },
        ]
      : []),
    {
      label: 'Retry advice',
      text: `${describeBackoff(metadata.retry, metadata.retry.statuses)}. A paid submit without an idempotency key is re-sent only on a status that proves no work was done (${metadata.retry.noWorkStatuses.join(', ') || 'none'}); each operation below says how this applies to it.`,
    },
  ];
  return `${factsMarkdown(facts, rootNotes)}\n\nThe other providers' references: [index](index.html).`;
}

/**
 * The bundled spec with every operation's description followed by its `x-mediagen-*` facts and
 * assumptions in words, and the provider-wide ones in `info.description`. The input is not changed.
 */
export function enrichSpec(bundled: Json, metadata: ProviderMetadata): Json {
  const doc = structuredClone(bundled);
  for (const { id, op, at } of pathOperations(bundled)) {
    const notes = notesFor(bundled, metadata, id, op, at);
    const target = doc.paths[at[1]!][at[2]!];
    target.description = appended(
      op.description,
      factsMarkdown(operationFacts(metadata, id), notes),
    );
  }
  for (const [name, item] of Object.entries<Json>(doc.webhooks ?? {})) {
    for (const method of METHODS.filter((m) => item[m])) {
      const notes = collectNotes(bundled, [
        [bundled.webhooks[name][method], ['webhooks', name, method]],
      ]);
      item[method].description = appended(
        item[method].description,
        factsMarkdown(pushFacts(metadata, name), notes),
      );
    }
  }
  doc.info.description = appended(doc.info.description, providerOverview(bundled, metadata));
  return doc;
}
