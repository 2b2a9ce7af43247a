import { describe, expect, it } from 'vitest';
import { decodePermalink, decodePermalinkToConfig, encodePermalink } from './permalink';
import { PERMALINK_FORMAT } from './permalink-migrations';
import { parseConfig } from './schema';

/**
 * Links made by format 1 (before links carried a checksum), copied from the wizard of that time: they must keep
 * opening as the same settings, through the migration table, for as long as the format can be read. Never edit
 * these strings; add rows when a new format ships.
 */
const FORMAT_1_LINKS: [name: string, link: string, settings: Record<string, unknown>][] = [
  ['the defaults', 'c=1.q64FAA', {}],
  [
    'a real-looking API Gateway setup',
    'c=1.AylANi8pMRucjjPyC4BqcZqTWwlRCLETw1Q06dhaHfRAxRdqJhaGpoZmRsYmwPIUxe9maYbJRomWqbrGSSYpuiapFmm6lonmSbpA0RTjVJM000SzJCWgXVgDPdu8wii30LKgKgVr8BuhBXptLQA',
    {
      projectName: 'bakery-shop',
      domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
      certificate: {
        arn: 'arn:aws:acm:us-east-1:481516234200:certificate/6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b',
      },
      origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
    },
  ],
  [
    'a comment with quotes, accents and an emoji',
    'c=1.q8YoGRBZ0ym_NAeYOYH5I1XhUcMc54zUKgWfwysTHzXMVfgwf-kEoOAUBXCQ1dYCAA',
    { distribution: { comment: 'Boulangerie “Chez Léa” 🥐 — prod' } },
  ],
  ['preset 01-apigw-http.json', 'c=1.q64FAA', {}],
  [
    'preset 02-lambda-url-secret-header.json',
    'c=1.q0ZyITSQkQJTB9nViUnJwFSdnpGZZWhkbGJqZm5haYAshhbwUE9BQ71WB0_hBCsJgYqIy8q1tQA',
    {
      origin: {
        type: 'lambda-url',
        endpoint: 'abcdefghij1234567890abcdefghij12.lambda-url.eu-west-1.on.aws',
      },
      securityHeaders: { mode: 'managed' },
      originProtection: { secretHeader: true },
    },
  ],
  [
    'preset 03-alb-ecs.json',
    'c=1.q0ZWiyqVWpGYW5CTCjYwtlYHySuw2AAGpA6yvyAqgL5DaATqw10owUpAuOGEsnBtLQA',
    {
      domains: { additional: ['example.com'] },
      origin: { type: 'alb', endpoint: 'origin.example.com' },
      securityHeaders: { mode: 'managed' },
      originProtection: { secretHeader: true },
    },
  ],
  [
    'preset 04-apigw-rest-regional.json',
    'c=1.q0ZyIWYg66CGTG0tAA',
    { origin: { type: 'apigw-rest', path: '/prod' } },
  ],
];

/** Format 1's defaults where today's differ, written out (independently of the migration under test). */
function withFormatOneDefaults(settings: Record<string, unknown>): Record<string, unknown> {
  const distribution = (settings.distribution ?? {}) as Record<string, unknown>;
  const securityHeaders = (settings.securityHeaders ?? {}) as Record<string, unknown>;
  return {
    ...settings,
    distribution: {
      minimumTlsVersion: 'TLSv1.2_2021',
      accessLogs: distribution.loggingBucket ? 'legacy-s3' : 'off',
      ...distribution,
    },
    securityHeaders: { mode: 'none', hstsMaxAgeSeconds: 31536000, csp: 'none', ...securityHeaders },
  };
}

describe('format 1 links (no checksum) keep opening as the setup they were made of', () => {
  it.each(FORMAT_1_LINKS)('%s', (_name, link, settings) => {
    const expected = parseConfig(withFormatOneDefaults(settings));
    if (!expected.success) throw new Error(expected.error.message);
    expect(decodePermalink(`https://wizard.example/#${link}`)).toEqual({
      ok: true,
      input: withFormatOneDefaults(settings),
      unchecked: true,
    });
    expect(decodePermalinkToConfig(link)).toEqual({ ok: true, config: expected.data, unchecked: true });
  });

  it('format 1’s defaults stay: TLSv1.2_2021, no access logs, security headers left to Django', () => {
    const opened = decodePermalinkToConfig('c=1.q64FAA');
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.config.distribution).toMatchObject({
      minimumTlsVersion: 'TLSv1.2_2021',
      accessLogs: 'off',
    });
    expect(opened.config.securityHeaders).toMatchObject({ mode: 'none', hstsMaxAgeSeconds: 31536000 });
  });

  it('the migration never throws on odd input and keeps what the link set', () => {
    const migrate = PERMALINK_FORMAT.migrations[1]!;
    expect(migrate({ distribution: 'x', securityHeaders: null })).toMatchObject({
      distribution: { minimumTlsVersion: 'TLSv1.2_2021', accessLogs: 'off' },
      securityHeaders: { mode: 'none', csp: 'none' },
    });
    // A format 1 link that chose the custom policy did not send a CSP, and still does not.
    expect(migrate({ securityHeaders: { mode: 'custom' } })).toMatchObject({
      securityHeaders: { mode: 'custom', csp: 'none' },
    });
    expect(
      migrate({ distribution: { minimumTlsVersion: 'TLSv1.2_2019', loggingBucket: 'logs' } }),
    ).toMatchObject({ distribution: { minimumTlsVersion: 'TLSv1.2_2019', accessLogs: 'legacy-s3' } });
  });

  it('a link made today of the same settings is checksummed', () => {
    for (const [, , settings] of FORMAT_1_LINKS) {
      const config = parseConfig(settings);
      if (!config.success) throw new Error(config.error.message);
      const link = encodePermalink(config.data);
      expect(link.startsWith(`c=${PERMALINK_FORMAT.currentVersion}.`)).toBe(true);
      expect(decodePermalinkToConfig(link)).toEqual({ ok: true, config: config.data });
    }
  });

  it('a format 1 link with anything after its deflate stream is refused', () => {
    const [, link] = FORMAT_1_LINKS[1] ?? ['', ''];
    expect(decodePermalink(`${link}AAAA`)).toEqual({
      ok: false,
      error: expect.stringMatching(/extra characters/),
    });
  });
});
