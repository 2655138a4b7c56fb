/**
 * Reading a page built by Redocly's `build-docs` (Redoc 3) as a reader sees it. Redoc mounts a
 * tag's section only near the viewport and lists its operations behind "+ Show", so each tag is
 * scrolled to and opened in turn; a section's id is `/<tag>/<operationId, lower case>`.
 */
import type { Locator, Page } from 'playwright-core';
import { FACTS_TITLE } from '../../scripts/docs/facts-markdown.ts';

const SHOW = '+ Show';

export async function tagSections(page: Page): Promise<string[]> {
  const ids = await page.$$eval('[data-section-id]', (els) =>
    els.map((el) => el.getAttribute('data-section-id') ?? ''),
  );
  return [...new Set(ids.filter((id) => /^\/[^/]+$/.test(id)))];
}

/** Scrolls to a tag, opens its operations (unless open) and returns their section ids. */
export async function openTag(page: Page, tag: string): Promise<string[]> {
  const section = page.locator(`[data-section-id="${tag}"]`).first();
  await section.scrollIntoViewIfNeeded();
  const operations = page.locator(`[data-section-id^="${tag}/"]`);
  const show = section.locator('xpath=..').getByText(SHOW, { exact: true });
  await show.or(operations).first().waitFor({ state: 'attached' });
  if ((await operations.count()) === 0) await show.click();
  await operations.first().waitFor({ state: 'attached' });
  return operations.evaluateAll((els) => els.map((el) => el.getAttribute('data-section-id') ?? ''));
}

/** Every operation section the page shows, tag by tag, by lower-cased operation id. */
export async function shownOperations(page: Page): Promise<Map<string, string>> {
  const shown = new Map<string, string>();
  for (const tag of await tagSections(page)) {
    for (const id of await openTag(page, tag)) shown.set(id.slice(tag.length + 1), tag);
  }
  return shown;
}

/** The section of one operation, its tag opened. */
export async function operationSection(
  page: Page,
  tag: string,
  operationId: string,
): Promise<Locator> {
  await openTag(page, tag);
  const section = page.locator(`[data-section-id="${tag}/${operationId.toLowerCase()}"]`);
  // An operation's content is mounted only near the viewport, like a tag's.
  await section.evaluate((el) => el.scrollIntoView());
  await section.getByText(FACTS_TITLE).waitFor();
  return section;
}

/**
 * The visible list item of an operation's facts that starts with `label`, as text. (Its text, not
 * `innerText`: Redoc lays sections out with `content-visibility: auto`, which hides them from it.)
 */
export async function factItem(section: Locator, label: string): Promise<string> {
  const item = section.locator('li', { hasText: `${label}:` }).first();
  await item.waitFor({ state: 'visible' });
  return asShown((await item.textContent()) ?? '');
}

/** Markdown as the page shows it: no code ticks or bold marks, single spaces. */
export function asShown(markdown: string): string {
  return markdown.replaceAll('`', '').replaceAll('**', '').replace(/\s+/g, ' ').trim();
}
