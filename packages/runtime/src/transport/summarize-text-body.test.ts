import { describe, expect, it } from 'vitest';
import { summarizeTextBody } from './summarize-text-body.js';

const nginx = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n${'<!-- a padding comment -->\n'.repeat(6)}`;

describe('summarizeTextBody', () => {
  it.each([
    [nginx, '502 Bad Gateway — nginx/1.25.3 (HTML page)'],
    [
      '<!DOCTYPE html><html><head><title>Oops</title><style>p{}</style><script>var x</script></head><body><p>Something &amp; nothing</p></body></html>',
      'Oops — Something & nothing (HTML page)',
    ],
    ['<html><body>no title here</body></html>', 'no title here (HTML page)'],
    ['<html></html>', 'an HTML page (HTML page)'],
    ['plain text error', 'plain text error'],
    ['x'.repeat(600), `${'x'.repeat(500)}…`],
  ])('%j → %j', (text, summary) => {
    expect(summarizeTextBody(text)).toBe(summary);
  });

  it('keeps a long page to an excerpt', () => {
    const page = `<html><head><title>Error</title></head><body>${'word '.repeat(10_000)}</body></html>`;
    expect(summarizeTextBody(page).length).toBeLessThan(160);
  });
});

describe('an HTML error page in an error message', () => {
  it('is reduced to the status, its title and a short excerpt', async () => {
    const { createProviderClient } = await import('../client/create-provider-client.js');
    const { fixture } = await import('../test-support/fixture-metadata.js');
    const { scriptedServer } = await import('../test-support/scripted-server.js');
    const server = await scriptedServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(nginx.replaceAll('502 Bad Gateway', '404 Not Found'));
    });
    try {
      // biome-ignore lint/suspicious/noExplicitAny: the fixture has no generated operation types.
      const client: any = createProviderClient(fixture, {
        apiKey: 'sk_test_html_0123',
        baseUrl: server.url,
      });
      const error = await client
        .call('getThing', { params: { path: { id: 't1' } } })
        .catch((e: unknown) => e);
      expect(error.message).toBe(
        'Acme getThing failed with 404: 404 Not Found — nginx/1.25.3 (HTML page)',
      );
    } finally {
      await server.close();
    }
  });
});
