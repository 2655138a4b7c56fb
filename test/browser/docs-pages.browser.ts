/**
 * `npm run test:browser`: builds the references (`npm run docs`), serves docs-site/ from a loopback
 * server, and reads every page in headless Chromium as a reader would: every operation of the spec
 * is shown, one job-starting operation per provider shows its poll schedule and price, nothing is
 * logged as an error, and nothing is requested from off the machine. A screenshot of each provider's
 * chosen operation goes to test-artifacts/browser/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { OperationMetadata, ProviderMetadata } from '@mediagen/runtime';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocs, DOCS_DIR, specPaths } from '../../scripts/docs/build-docs.ts';
import { describeFormulas, describePrices } from '../../scripts/docs/describe-price.ts';
import { describeSchedule } from '../../scripts/docs/describe-schedule.ts';
import { pathOperations } from '../../scripts/docs/enrich-spec.ts';
import { FACTS_TITLE } from '../../scripts/docs/facts-markdown.ts';
import type { BuiltPage } from '../../scripts/docs/index-page.ts';
import { listProviders, root } from '../../scripts/list-providers.ts';
import { type Chromium, launchChromium } from './launch-chromium.ts';
import { asShown, factItem, operationSection, shownOperations } from './redoc-page.ts';
import { type FolderServer, serveFolder } from './serve-folder.ts';

const ARTIFACTS = resolve(root, 'test-artifacts/browser');

let pages: Map<string, BuiltPage>;
let server: FolderServer;
let chromium: Chromium;

beforeAll(async () => {
  pages = new Map((await buildDocs()).map((page) => [page.provider, page]));
  server = await serveFolder(DOCS_DIR);
  chromium = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to anywhere but the loopback server: refused, and listed. */
  offMachine: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await chromium.context.newPage();
  const errors: string[] = [];
  const offMachine: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(
    (url) => url.origin !== server.origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      offMachine.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  return { page, errors, offMachine };
}

/** The spec's own operation ids, read from the YAML the page was built from. */
async function specOperationIds(provider: string): Promise<string[]> {
  const path = (await specPaths()).get(provider)!;
  const spec = parse(await readFile(resolve(root, path), 'utf8'));
  return pathOperations(spec).map(({ id }) => id);
}

/** The first operation that starts a job and has a documented price; else the first that starts a job. */
function chosenOperation(metadata: ProviderMetadata): [string, OperationMetadata] {
  const submits = Object.entries(metadata.operations).filter(([, op]) => op.status);
  const priced = submits.find(([, op]) => op.prices || op.priceFormulas);
  const chosen = priced ?? submits[0];
  if (!chosen) throw new Error(`${metadata.id}: no operation starts a job`);
  return chosen;
}

function expectedPrice(op: OperationMetadata): string {
  if (op.prices) return `Price: ${describePrices(op.prices)}`;
  if (op.priceFormulas) return describeFormulas(op.priceFormulas)[0]!;
  return 'Price: paid: it creates billable work, but the spec declares no price for it';
}

describe.each(listProviders())('%s reference', (provider) => {
  it('shows every operation of the spec, the chosen one with its poll schedule and price, and logs no error', async () => {
    const built = pages.get(provider)!;
    const { page, errors, offMachine } = await open(built.file);
    expect(await page.title()).toBe(`${built.name} API reference (mediagen)`);

    const shown = await shownOperations(page);
    const specIds = await specOperationIds(provider);
    const shownPathOps = specIds.filter((id) => shown.has(id.toLowerCase()));
    expect(shownPathOps.length).toBe(specIds.length);
    expect(shown.size).toBe(specIds.length + built.webhooks);

    const [id, op] = chosenOperation(built.metadata);
    const status = built.metadata.operations[op.status!.operationId]!;
    const section = await operationSection(page, shown.get(id.toLowerCase())!, id);
    const schedule = describeSchedule({ ...status.job!.schedule, ...op.schedule });
    expect(await factItem(section, 'Poll schedule')).toContain(
      asShown(`Poll schedule: ${schedule}`),
    );
    expect(await factItem(section, 'Price')).toContain(asShown(expectedPrice(op)));

    await section.getByText(FACTS_TITLE).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.screenshot({ path: resolve(ARTIFACTS, `${provider}.png`) });

    expect(offMachine).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('index page', () => {
  it('links every provider reference, each served, and logs no error', async () => {
    const { page, errors, offMachine } = await open('');
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(listProviders().map((provider) => `${provider}.html`));
    for (const link of links) {
      const answer = await page.request.get(`${server.origin}/${link}`);
      expect(answer.status(), link!).toBe(200);
    }
    expect(offMachine).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
