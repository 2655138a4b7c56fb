/**
 * Redocly's page shows its logo from Redocly's CDN, the one thing `build-docs --inlineBundle` still
 * loads from off the machine. The logo is pointed at a local file beside the page instead, an SVG
 * that keeps the attribution ("API docs by Redocly") in words. A page that still names any remote
 * origin to load from is refused, so a new Redocly release that adds one fails the build, not the
 * reader.
 */
const CDN_LOGOS = [
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
  'https://cdn.redoc.ly/redoc/logo-mini.svg',
];

export const LOCAL_LOGO = 'redocly-logo.svg';

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16" role="img" aria-label="Redocly">
<text x="0" y="12.5" font-family="sans-serif" font-size="13" font-weight="600" fill="#0044d4">Redocly</text>
</svg>
`;

/**
 * What the page itself would load from elsewhere: the logos above, web fonts, external scripts and
 * styles. (The bundle also names icon CDNs it uses only for icons a description asks for; the
 * browser test proves the pages request nothing off the machine.)
 */
const REMOTE_LOADS = [
  /https?:\/\/cdn\.redoc\.ly[^`"' ]*/i,
  /https?:\/\/fonts\.(googleapis|gstatic)\.com/i,
  /<script[^>]+src="https?:/i,
  /<link[^>]+href="https?:/i,
];

export function offlinePage(html: string): string {
  let page = html;
  for (const logo of CDN_LOGOS) page = page.replaceAll(logo, LOCAL_LOGO);
  for (const pattern of REMOTE_LOADS) {
    const hit = pattern.exec(page);
    if (hit) {
      throw new Error(
        `The built page still loads ${hit[0]} from off the machine. Serve it locally in scripts/docs/offline-page.ts (the pages must work offline).`,
      );
    }
  }
  return page;
}
