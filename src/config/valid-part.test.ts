import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configInputArbitrary } from '../../test/support/config-arbitrary';
import { defaultConfig, parseConfig } from './schema';
import { recoverValidPart } from './valid-part';

describe('recoverValidPart', () => {
  it('returns the parsed config when the input is valid', () => {
    const input = { projectName: 'shop', domains: { primary: 'www.shop.org' } };
    expect(recoverValidPart(input)).toEqual(parseConfig(input).data);
  });

  it('replaces each invalid leaf by its default and keeps the rest', () => {
    expect(
      recoverValidPart({
        projectName: 'Not Valid!',
        domains: { primary: 'www.shop.org', additional: ['shop.org', '*.shop.org'] },
        distribution: { ipv6: false, priceClass: 'PriceClass_Cheap' },
      }),
    ).toEqual({
      ...defaultConfig(),
      domains: { primary: 'www.shop.org', additional: ['shop.org'] },
      distribution: { ...defaultConfig().distribution, ipv6: false },
    });
  });

  it('keeps fields that are only valid together (a Lambda URL type and its endpoint)', () => {
    const recovered = recoverValidPart({
      origin: { type: 'lambda-url', endpoint: 'abcdefghij.lambda-url.eu-west-1.on.aws', path: '/bad path' },
      projectName: 'shop',
    });
    expect(recovered.origin.type).toBe('lambda-url');
    expect(recovered.origin.endpoint).toBe('abcdefghij.lambda-url.eu-west-1.on.aws');
    expect(recovered.projectName).toBe('shop');
  });

  it('falls back to the defaults for input that is not an object', () => {
    for (const input of [null, 42, 'x', [1, 2], undefined])
      expect(recoverValidPart(input)).toEqual(defaultConfig());
  });

  it('always returns a valid config, for schema-built inputs with random damage', () => {
    const damaged = fc
      .tuple(configInputArbitrary, fc.array(fc.tuple(fc.nat(), fc.anything()), { maxLength: 4 }))
      .map(([input, hits]) => {
        const copy = JSON.parse(JSON.stringify(input)) as Record<string, Record<string, unknown>>;
        for (const [index, value] of hits) {
          const sections = Object.keys(copy);
          const section = copy[sections[index % sections.length] ?? ''];
          if (section === undefined || typeof section !== 'object') continue;
          const keys = Object.keys(section);
          section[keys[index % Math.max(keys.length, 1)] ?? 'x'] = value;
        }
        return copy;
      });
    fc.assert(
      fc.property(damaged, (input) => {
        const recovered = recoverValidPart(input);
        expect(parseConfig(recovered).success).toBe(true);
        const parsed = parseConfig(input);
        if (parsed.success) expect(recovered).toEqual(parsed.data);
      }),
      { numRuns: 300 },
    );
  });
});
