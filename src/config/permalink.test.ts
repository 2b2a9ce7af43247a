import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { configInputArbitrary, validConfigArbitrary } from '../../test/support/config-arbitrary';
import {
  MAX_PERMALINK_INPUT_CHARS,
  decodePermalink,
  decodePermalinkToConfig,
  encodePayload,
  encodePermalink,
  permalinkUrl,
} from './permalink';
import { PERMALINK_FORMAT, type PermalinkFormat } from './permalink-migrations';
import { defaultConfig, parseConfig, type Config } from './schema';

const BASE_URL = 'https://cloudfront-django-wizard.example/';

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

/** The seed's setup with real-looking values in place of the examples. */
const realLooking = validConfig({
  projectName: 'bakery-shop',
  domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
  origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
  certificate: { arn: 'arn:aws:acm:us-east-1:481516234200:certificate/6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b' },
});

describe('encodePermalink', () => {
  it('carries only what differs from the defaults: the defaults give a tiny link', () => {
    expect(encodePermalink(defaultConfig())).toMatch(/^c=2\.[A-Za-z0-9_-]{1,18}$/);
  });

  it('keeps the seed setup with a real domain, API and certificate under 300 characters', () => {
    const url = permalinkUrl(realLooking, BASE_URL);
    expect(url.startsWith(`${BASE_URL}#c=2.`)).toBe(true);
    expect(url.length).toBeLessThan(300);
  });

  it('replaces a fragment the base URL already had', () => {
    expect(permalinkUrl(defaultConfig(), `${BASE_URL}#c=1.old`)).toBe(
      `${BASE_URL}#${encodePermalink(defaultConfig())}`,
    );
  });
});

describe('decodePermalink', () => {
  const fragment = encodePermalink(realLooking);

  it.each([
    ['a full URL', `${BASE_URL}#${fragment}`],
    ['a fragment with #', `#${fragment}`],
    ['a fragment without #', fragment],
    ['the bare value', fragment.slice(2)],
    ['a fragment with other parameters', `#tab=terraform&${fragment}&x=1`],
    ['a URL with surrounding spaces', `  ${BASE_URL}?utm=1#${fragment}\n`],
  ])('reads %s', (_name, text) => {
    const decoded = decodePermalinkToConfig(text);
    expect(decoded).toEqual({ ok: true, config: realLooking });
  });

  it('says when a URL holds no configuration', () => {
    expect(decodePermalink(BASE_URL)).toEqual({ ok: false, error: expect.stringContaining('no "#c=…"') });
  });

  it('refuses a link from a newer version with a clear message', () => {
    const future = `c=${encodePayload({ projectName: 'x' }, 3, { ...PERMALINK_FORMAT, dictionaries: { 3: 'x' } })}`;
    const decoded = decodePermalink(future);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(
      /newer version of the wizard \(link format 3; this one reads up to 2\)/,
    );
  });

  it('ignores unknown keys', () => {
    const link = `c=${encodePayload({ projectName: 'shop', someFutureKey: { a: 1 }, origin: { colour: 'red' } }, PERMALINK_FORMAT.currentVersion, PERMALINK_FORMAT)}`;
    expect(decodePermalinkToConfig(link)).toEqual({
      ok: true,
      config: { ...defaultConfig(), projectName: 'shop' },
    });
  });

  it('refuses a deflate bomb (JSON over the cap) without inflating it all', () => {
    const huge = JSON.stringify({ distribution: { comment: 'a'.repeat(5_000_000) } });
    const deflated = deflateSync(strToU8(huge), {
      level: 9,
      dictionary: strToU8(PERMALINK_FORMAT.dictionaries[1] ?? ''),
    });
    const link = `c=1.${Buffer.from(deflated).toString('base64url')}`;
    expect(link.length).toBeLessThan(MAX_PERMALINK_INPUT_CHARS);
    expect(decodePermalink(link)).toEqual({
      ok: false,
      error: expect.stringContaining('more than 128 KiB of settings, more than any valid configuration'),
    });
  });

  it('refuses input over the length cap at once', () => {
    const started = performance.now();
    const decoded = decodePermalink(`#c=1.${'A'.repeat(5_000_000)}`);
    expect(decoded).toEqual({ ok: false, error: expect.stringContaining('too long') });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reports the invalid fields of a link and the valid part the UI can keep', () => {
    const link = `c=${encodePayload(
      {
        projectName: 'bakery',
        domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk', 'bad name'] },
        origin: {
          type: 'apigw-rest',
          endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com',
          path: '/prod',
        },
        dynamicCaching: { mode: 'origin-cache-control', defaultTtlSeconds: -5 },
      },
      PERMALINK_FORMAT.currentVersion,
      PERMALINK_FORMAT,
    )}`;
    const decoded = decodePermalinkToConfig(link);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.issues.map((issue) => issue.path)).toEqual([
      'domains.additional.1',
      'dynamicCaching.defaultTtlSeconds',
    ]);
    expect(decoded.error).toBe('2 settings in this link are not valid.');
    expect(decoded.validPart).toEqual({
      ...defaultConfig(),
      projectName: 'bakery',
      domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
      origin: {
        ...defaultConfig().origin,
        type: 'apigw-rest',
        endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com',
        path: '/prod',
      },
      dynamicCaching: { ...defaultConfig().dynamicCaching, mode: 'origin-cache-control' },
    });
  });

  it('keeps fields that only make sense together when a cross-field rule fails', () => {
    // The zone name is wrong for the domain: dropping it leaves createRecords without a zone, so the DNS section
    // falls back to its defaults while the rest of the link is kept.
    const link = `c=${encodePayload(
      {
        projectName: 'bakery',
        domains: { primary: 'www.mybakery.co.uk' },
        dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'other.org' },
      },
      PERMALINK_FORMAT.currentVersion,
      PERMALINK_FORMAT,
    )}`;
    const decoded = decodePermalinkToConfig(link);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.issues).toEqual([
      { path: 'dns.hostedZoneName', message: 'www.mybakery.co.uk is not inside the hosted zone other.org' },
    ]);
    expect(decoded.validPart?.projectName).toBe('bakery');
    expect(decoded.validPart?.domains.primary).toBe('www.mybakery.co.uk');
    expect(decoded.validPart?.dns.hostedZoneId).toBe('Z0123456789ABC');
    expect(parseConfig(decoded.validPart).success).toBe(true);
  });
});

describe('migrations', () => {
  // A hypothetical schema 3 that moved `django.secureSslRedirect` to `https.djangoRedirect`: links made today must
  // still open after that change, through migrations[2].
  const versionThree: PermalinkFormat = {
    ...PERMALINK_FORMAT,
    currentVersion: 3,
    dictionaries: { ...PERMALINK_FORMAT.dictionaries, 3: PERMALINK_FORMAT.dictionaries[2] ?? '' },
    migrations: {
      ...PERMALINK_FORMAT.migrations,
      2: (input) => {
        const { django, ...rest } = input;
        const redirect = (django as { secureSslRedirect?: unknown } | undefined)?.secureSslRedirect;
        return redirect === undefined ? rest : { ...rest, https: { djangoRedirect: redirect } };
      },
    },
  };

  it('upgrades a link made by the current version through the migration table', () => {
    const today = encodePermalink(validConfig({ projectName: 'shop', django: { secureSslRedirect: true } }));
    expect(decodePermalink(today, versionThree)).toEqual({
      ok: true,
      input: { projectName: 'shop', https: { djangoRedirect: true } },
    });
    expect(decodePermalink(encodePermalink(defaultConfig(), versionThree), versionThree)).toEqual({
      ok: true,
      input: {},
    });
  });

  it('says so when no migration leads from an old version', () => {
    const withoutPath: PermalinkFormat = { ...versionThree, migrations: {} };
    const decoded = decodePermalink(encodePermalink(realLooking), withoutPath);
    expect(decoded).toEqual({
      ok: false,
      error: 'This link uses format version 2, which can no longer be read.',
    });
  });

  it('refuses a version it has no dictionary for', () => {
    expect(decodePermalink('c=0.q64FAA')).toEqual({ ok: false, error: 'Unknown link format version 0.' });
  });
});

describe('permalink properties', () => {
  it('decode(encode(config)) gives the same config, for random valid configs', () => {
    fc.assert(
      fc.property(validConfigArbitrary, (config) => {
        expect(decodePermalinkToConfig(permalinkUrl(config, BASE_URL))).toEqual({ ok: true, config });
      }),
      { numRuns: 400 },
    );
  });

  it('the config arbitrary mostly yields valid configs (so the property above is not vacuous)', () => {
    const samples = fc.sample(configInputArbitrary, { numRuns: 200, seed: 7 });
    const valid = samples.filter((input) => parseConfig(input).success).length;
    expect(valid).toBeGreaterThan(100);
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => {
        expect(decodePermalinkToConfig(text).ok).toBe(false);
        expect(decodePermalinkToConfig(`#c=1.${text}`)).toHaveProperty('ok');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random base64url payloads of every version', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.uint8Array({ maxLength: 600 }), (version, bytes) => {
        const result = decodePermalinkToConfig(`c=${version}.${Buffer.from(bytes).toString('base64url')}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on truncated or mutated valid links', () => {
    const mutation = fc.record({
      config: validConfigArbitrary,
      cut: fc.nat(),
      position: fc.nat(),
      character: fc.constantFrom('A', '_', '-', 'z', '9', '.', '%', '#', '=', '&', ' ', 'é'),
      mode: fc.constantFrom('truncate', 'replace', 'insert', 'delete'),
    });
    fc.assert(
      fc.property(mutation, ({ config, cut, position, character, mode }) => {
        const link = permalinkUrl(config, BASE_URL);
        const at = position % link.length;
        const mutated =
          mode === 'truncate'
            ? link.slice(0, cut % link.length)
            : mode === 'replace'
              ? link.slice(0, at) + character + link.slice(at + 1)
              : mode === 'insert'
                ? link.slice(0, at) + character + link.slice(at)
                : link.slice(0, at) + link.slice(at + 1);
        const result = decodePermalinkToConfig(mutated);
        // Whatever happens, a successful decode is a valid config and a failure carries a message.
        if (result.ok) expect(parseConfig(result.config).success).toBe(true);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on non-string input', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(decodePermalink(value as unknown as string)).toEqual({
        ok: false,
        error: 'A share link must be text.',
      });
    }
  });
});
