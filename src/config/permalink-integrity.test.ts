import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePermalink, decodePermalinkToConfig, permalinkUrl } from './permalink';
import { PERMALINK_FORMAT } from './permalink-migrations';
import { parseConfig, type Config } from './schema';

const BASE_URL = 'https://wizard.example/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const SHOP = validConfig({
  projectName: 'shop',
  domains: { primary: 'shop.example.org', additional: ['www.shop.example.org'] },
  origin: { type: 'alb', endpoint: 'shop-alb-123456.eu-west-1.elb.amazonaws.com' },
  certificate: { arn: 'arn:aws:acm:us-east-1:481516234200:certificate/6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b' },
  distribution: { comment: 'Shop front' },
});

/** The payload part of a link (after "c=<version>.") and what comes before it. */
function splitLink(link: string): { head: string; payload: string } {
  const dot = link.indexOf('.', link.indexOf('#c=') + 3);
  return { head: link.slice(0, dot + 1), payload: link.slice(dot + 1) };
}

describe('issue 13.1: a corrupted share link never opens a different setup', () => {
  it('refuses every one-character change of the payload (or opens the very same setup)', () => {
    const link = permalinkUrl(SHOP, BASE_URL);
    const { head, payload } = splitLink(link);
    const different: string[] = [];
    let refused = 0;
    for (let at = 0; at < payload.length; at += 1) {
      for (const character of BASE64URL) {
        if (character === payload[at]) continue;
        const mutated = `${head}${payload.slice(0, at)}${character}${payload.slice(at + 1)}`;
        const decoded = decodePermalinkToConfig(mutated);
        if (!decoded.ok) {
          refused += 1;
          expect(decoded.error.length).toBeGreaterThan(20);
        } else if (JSON.stringify(decoded.config) !== JSON.stringify(SHOP)) different.push(mutated);
      }
    }
    expect(different).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses every dropped character and every cut of the payload', () => {
    const { head, payload } = splitLink(permalinkUrl(SHOP, BASE_URL));
    for (let at = 0; at < payload.length; at += 1) {
      const dropped = decodePermalinkToConfig(`${head}${payload.slice(0, at)}${payload.slice(at + 1)}`);
      const cut = decodePermalinkToConfig(`${head}${payload.slice(0, at)}`);
      for (const decoded of [dropped, cut]) {
        if (decoded.ok) expect(decoded.config).toEqual(SHOP);
      }
    }
  });

  it('refuses a deflate stream zlib rejects (a stored block whose length check is wrong)', () => {
    const json = JSON.stringify({ projectName: 'shop' });
    const body = Buffer.from(json, 'utf8');
    // Stored block: BFINAL=1, BTYPE=00, then LEN and NLEN; NLEN must be the one's complement of LEN.
    const badNlen = Buffer.from([0x01, body.length, 0x00, 0x00, 0x00]);
    const stream = Buffer.concat([badNlen, body]);
    const dictionary = Buffer.from(PERMALINK_FORMAT.dictionaries[1] ?? '', 'utf8');
    expect(() => inflateRawSync(stream, { dictionary })).toThrow(/invalid stored block lengths/);
    const decoded = decodePermalink(`c=1.${stream.toString('base64url')}`);
    expect(decoded.ok).toBe(false);
  });
});

describe('issue 13.2: every valid config makes a link its own decoder opens', () => {
  const long = (unit: string, length: number) =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const candidates: [string, unknown][] = [
    ['origin.path', { origin: { type: 'apigw-rest', path: `/${long('stage', 70_000)}` } }],
    ['origin.path', { origin: { type: 'apigw-rest', path: long('/a', 70_000) } }],
    ['staticFiles.pathPattern', { staticFiles: { pathPattern: `/${long('s/', 70_000)}*` } }],
    ['mediaFiles.pathPattern', { mediaFiles: { enabled: true, pathPattern: `/${long('m.', 70_000)}*` } }],
    [
      'origin.endpoint',
      { origin: { type: 'lambda-url', endpoint: `${long('a', 70_000)}.lambda-url.eu-west-1.on.aws` } },
    ],
  ];

  it.each(candidates)('a very long %s is refused at the field, or its link opens', (path, input) => {
    const parsed = parseConfig(input);
    if (parsed.success) {
      expect(decodePermalinkToConfig(permalinkUrl(parsed.data, BASE_URL))).toEqual({
        ok: true,
        config: parsed.data,
      });
    } else {
      expect(parsed.error.issues.map((issue) => issue.path.join('.'))).toContain(path);
    }
  });
});
