import { ValidationError } from '@mediagen/runtime';
import { describe, expect, it } from 'vitest';
import { recordingClient } from './test-support/recording-client.js';
import { webhookUrl } from './webhooks.js';

const token = '0123456789abcdef-token';

describe('Horacle webhook URLs: https, or http to loopback', () => {
  it.each(['http://example.com/hooks', 'javascript:alert(1)', 'ftp://example.com/x'])(
    '%s is refused by webhookUrl and registerWebhook, with nothing sent',
    async (url) => {
      expect(() => webhookUrl(url, token)).toThrow(ValidationError);
      const { hc, sent } = recordingClient();
      await expect(hc.registerWebhook({ url } as never)).rejects.toThrow(/must use https:\/\//);
      expect(sent).toEqual([]);
    },
  );

  it.each(['https://example.com/hooks', 'http://127.0.0.1:8080/hooks'])('%s is accepted', (url) => {
    expect(webhookUrl(url, token)).toBe(`${url}?token=${token}`);
  });
});
