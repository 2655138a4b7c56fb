/**
 * `npm run docs`: one HTML API reference per provider, each operation followed by its
 * `x-mediagen-*` facts in words, and an index page, in docs-site/ (see scripts/docs/build-docs.ts).
 */
import { relative } from 'node:path';
import { buildDocs, DOCS_DIR } from './docs/build-docs.ts';
import { root } from './list-providers.ts';

const pages = await buildDocs();
for (const page of pages) {
  console.log(
    `${page.name}: ${page.operations} operations, ${page.webhooks} webhooks, ${page.assumptions} assumptions → ${relative(root, DOCS_DIR)}/${page.file}`,
  );
}
console.log(`index: ${relative(root, DOCS_DIR)}/index.html`);
