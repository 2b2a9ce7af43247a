import { describe, expect, it } from 'vitest';
import { DEFAULT_PERMALINK_BASE_URL, decodePermalinkToConfig, permalinkUrl } from './permalink';
import { defaultConfig, parseConfig, type ConfigInput } from './schema';

const ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/mysite/00000000-0000-4000-8000-000000000000';

const messagesAt = (input: ConfigInput, path: string) => {
  const parsed = parseConfig(input);
  return parsed.success
    ? []
    : parsed.error.issues.filter((issue) => issue.path.join('.') === path).map((issue) => issue.message);
};
const distribution = (input: ConfigInput) => {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data.distribution;
};

describe('the AWS WAF choice', () => {
  it('is none by default (a web ACL costs money every month), with Django-safe defaults ready', () => {
    expect(defaultConfig().distribution).toMatchObject({
      waf: 'none',
      webAclArn: '',
      wafSqlRules: false,
      wafLargeBodyPaths: ['/admin/'],
      wafLoginPaths: ['/accounts/login/', '/admin/login/'],
      wafRateLimit: 100,
      wafRateWindowSeconds: 300,
    });
  });

  it('keeps the meaning of a config or link from before the choice: an ARN alone is attached', () => {
    expect(distribution({ distribution: { webAclArn: ARN } })).toMatchObject({
      waf: 'own-arn',
      webAclArn: ARN,
    });
  });

  it('drops an ARN the config does not attach, so a share link never carries one back as attached', () => {
    for (const waf of ['none', 'create'] as const) {
      const config = parseConfig({ distribution: { waf, webAclArn: ARN } });
      expect(config.success && config.data.distribution.webAclArn).toBe('');
      if (!config.success) continue;
      expect(decodePermalinkToConfig(permalinkUrl(config.data, DEFAULT_PERMALINK_BASE_URL))).toEqual({
        ok: true,
        config: config.data,
      });
    }
  });

  it('an attached web ACL needs its ARN, asked for at the field', () => {
    expect(messagesAt({ distribution: { waf: 'own-arn' } }, 'distribution.webAclArn')).toEqual([
      'Enter the ARN of your web ACL, or let the stack create one',
    ]);
  });

  it.each([
    ['admin/', 'A path prefix starts with /, e.g. /admin/'],
    [
      '/admin/*',
      'A path prefix, without wildcards, query or %-escapes: every path that starts with it matches',
    ],
    [
      '/up%20load/',
      'A path prefix, without wildcards, query or %-escapes: every path that starts with it matches',
    ],
    ['/', 'The prefix / is every path: name the paths that take large bodies, e.g. /admin/'],
    ['/a//b/', 'A path prefix such as /admin/: letters, digits, - . _ ~, segments separated by one /'],
    ['/ünï/', 'A path prefix such as /admin/: letters, digits, - . _ ~, segments separated by one /'],
    [`/${'a'.repeat(64)}`, 'A path prefix has at most 64 characters'],
  ])('refuses the path prefix %s with one message at the item', (path, message) => {
    expect(
      messagesAt(
        { distribution: { waf: 'create', wafLargeBodyPaths: [path] } },
        'distribution.wafLargeBodyPaths.0',
      ),
    ).toEqual([message]);
    expect(
      messagesAt(
        { distribution: { waf: 'create', wafLoginPaths: ['/login/', path] } },
        'distribution.wafLoginPaths.1',
      ),
    ).toEqual([message]);
  });

  it('takes path prefixes with or without the last slash, trimmed', () => {
    expect(
      distribution({
        distribution: { waf: 'create', wafLargeBodyPaths: [' /admin/ ', '/api/v1.2/upload_files~x'] },
      }).wafLargeBodyPaths,
    ).toEqual(['/admin/', '/api/v1.2/upload_files~x']);
  });

  it('refuses a path listed twice, and more than eight paths', () => {
    expect(
      messagesAt(
        { distribution: { waf: 'create', wafLoginPaths: ['/login/', '/admin/login/', '/login/'] } },
        'distribution.wafLoginPaths.2',
      ),
    ).toEqual(['/login/ is listed twice']);
    const nine = Array.from({ length: 9 }, (_, index) => `/p${index}/`);
    expect(
      messagesAt({ distribution: { wafLargeBodyPaths: nine } }, 'distribution.wafLargeBodyPaths'),
    ).toEqual(['At most 8 paths']);
  });

  it.each([
    [9, 'AWS WAF’s lowest rate limit is 10 requests'],
    [100_001, 'At most 100,000 requests here'],
    [12.5, 'A whole number of requests'],
  ])('refuses the rate limit %s', (limit, message) => {
    expect(messagesAt({ distribution: { wafRateLimit: limit } }, 'distribution.wafRateLimit')).toEqual([
      message,
    ]);
  });

  it('takes only the evaluation windows AWS WAF has', () => {
    expect(
      messagesAt({ distribution: { wafRateWindowSeconds: 90 } }, 'distribution.wafRateWindowSeconds'),
    ).toEqual(['AWS WAF counts over 60, 120, 300, 600 seconds']);
    for (const window of [60, 120, 300, 600])
      expect(distribution({ distribution: { wafRateWindowSeconds: window } }).wafRateWindowSeconds).toBe(
        window,
      );
  });
});
