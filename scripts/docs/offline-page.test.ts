import { describe, expect, it } from 'vitest';
import { LOCAL_LOGO, offlinePage } from './offline-page.ts';

describe('offlinePage', () => {
  it("points Redocly's CDN logos at the local file", () => {
    const html =
      'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`';
    expect(offlinePage(html)).toBe(`src:e?\`${LOCAL_LOGO}\`:\`${LOCAL_LOGO}\``);
  });

  it.each([
    'src:`https://cdn.redoc.ly/redoc/logo-new.svg`',
    '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
    '<script src="https://unpkg.com/redoc/bundle.js"></script>',
    '<link rel="preload" href="http://example.com/font.woff2">',
  ])('refuses a page that loads from elsewhere: %s', (html) => {
    expect(() => offlinePage(html)).toThrow(/loads .* from off the machine/);
  });

  it('leaves links a reader may click alone', () => {
    const html = '<a href="https://redocly.com/redoc/">Redocly</a>';
    expect(offlinePage(html)).toBe(html);
  });
});
