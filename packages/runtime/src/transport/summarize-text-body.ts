// Enough of a page to find its title and first words; the regular expressions stay linear on it.
const READ_CHARS = 16 * 1024;
const EXCERPT_CHARS = 120;
const TEXT_CHARS = 500;

const looksLikeHtml = (text: string) =>
  /^\s*(<!--[\s\S]*?-->\s*)?<(!doctype html|html|head|body)\b/i.test(text);

const squash = (text: string) =>
  text
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/\s+/g, ' ')
    .trim();

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * What an error message quotes of a text error body: plain text cut at 500 characters, and an HTML
 * page (a proxy's or a load balancer's) reduced to its `<title>` and a short excerpt of its text.
 */
export function summarizeTextBody(text: string): string {
  if (!looksLikeHtml(text)) return cut(text, TEXT_CHARS);
  const page = text.slice(0, READ_CHARS);
  const title = squash(page.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1] ?? '');
  let words = squash(
    page.replace(/<(script|style|title)\b[^>]*>[^<]*<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '),
  );
  if (title && words.startsWith(title)) words = words.slice(title.length).trim();
  const excerpt = cut(words, EXCERPT_CHARS);
  return `${[title, excerpt].filter(Boolean).join(' — ') || 'an HTML page'} (HTML page)`;
}
