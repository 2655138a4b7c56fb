import type { ProviderMetadata } from '@mediagen/runtime';

/** One built reference, as the index lists it, with the metadata its facts came from. */
export interface BuiltPage {
  provider: string;
  name: string;
  file: string;
  title: string;
  version: string;
  operations: number;
  webhooks: number;
  assumptions: number;
  metadata: ProviderMetadata;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The index page: a self-contained HTML list of the provider references, loading nothing. */
export function indexPage(pages: readonly BuiltPage[]): string {
  const rows = pages
    .map(
      (p) => `      <tr>
        <td><a href="${escapeHtml(p.file)}">${escapeHtml(p.name)}</a></td>
        <td>${escapeHtml(p.title)} ${escapeHtml(p.version)}</td>
        <td class="n">${p.operations}</td>
        <td class="n">${p.webhooks}</td>
        <td class="n">${p.assumptions}</td>
      </tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>mediagen API references</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #ddd; padding: 0.5rem; text-align: left; }
    td.n, th.n { text-align: right; }
  </style>
</head>
<body>
  <h1>mediagen API references</h1>
  <p>One reference per provider, built by <code>npm run docs</code> from <code>specs/&lt;provider&gt;/openapi.yaml</code>.
  Each operation ends with its <strong>mediagen facts</strong>: the poll schedule and timeout, terminal states,
  price, rate-limit group, idempotency and retry advice the client applies, and every assumption the spec
  makes where the provider doc is silent.</p>
  <table>
    <thead>
      <tr><th>provider</th><th>spec</th><th class="n">operations</th><th class="n">webhooks</th><th class="n">assumptions</th></tr>
    </thead>
    <tbody>
${rows}
    </tbody>
  </table>
</body>
</html>
`;
}
