import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePermalink, permalinkUrl } from '../../config/permalink';
import { ConfigSchema, defaultConfig } from '../../config/schema';
import { readImportText } from './import-text';

const albPreset = readFileSync(join(__dirname, '../../../public/presets/03-alb-ecs.json'), 'utf8');

describe('readImportText', () => {
  it('imports configuration JSON such as a preset file (its $preset key is ignored)', () => {
    const result = readImportText(`\n${albPreset}\n`);
    expect(result).toEqual({ ok: true, config: ConfigSchema.parse(JSON.parse(albPreset)) });
  });

  it('imports a share link given as a whole URL, a fragment or the c= value', () => {
    const config = ConfigSchema.parse({ projectName: 'shop', domains: { primary: 'shop.example.org' } });
    for (const text of [
      permalinkUrl(config, 'https://wizard.example/app/'),
      `#${encodePermalink(config)}`,
      encodePermalink(config),
    ]) {
      expect(readImportText(text)).toEqual({ ok: true, config });
    }
  });

  it('names each invalid JSON field and offers the valid part with the bad fields at their defaults', () => {
    const result = readImportText(
      JSON.stringify({
        projectName: 'shop',
        domains: { primary: 'https://shop.example.org' },
        origin: {
          type: 'apigw-rest',
          endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
          path: '/v1',
        },
        staticFiles: { pathPattern: 'static' },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('2 settings are not valid.');
    expect(result.issues).toEqual([
      { path: 'domains.primary', message: 'Enter the domain name only, without https://' },
      {
        path: 'staticFiles.pathPattern',
        message: 'A path pattern such as /static/* (start with /, end with *)',
      },
    ]);
    expect(result.validPart?.projectName).toBe('shop');
    expect(result.validPart?.staticFiles.pathPattern).toBe('/static/*');
    expect(result.validPart?.origin.path).toBe('/v1');
    expect(result.validPart?.domains.primary).toBe(defaultConfig().domains.primary);
  });

  it('rejects empty text, broken JSON and a cut-short link without throwing', () => {
    expect(readImportText('   ')).toMatchObject({ ok: false, issues: [] });
    expect(readImportText('{"projectName": ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not valid JSON/),
    });
    const link = permalinkUrl(ConfigSchema.parse({ projectName: 'shop' }), 'https://wizard.example/');
    const truncated = readImportText(link.slice(0, -6));
    expect(truncated.ok).toBe(false);
    expect(readImportText('https://wizard.example/#nothing-here')).toMatchObject({
      ok: false,
      error: expect.stringContaining('no "#c=…" part'),
    });
  });
});
