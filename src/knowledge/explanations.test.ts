import { describe, expect, it } from 'vitest';
import { DOCS } from '../sources/doc-links';
import { EXPLANATIONS, explanationFor } from './explanations';
import { SAMPLE_CONFIGS, configOf } from './test-support/configs';
import { CONFIG_FIELD_PATHS } from './test-support/schema-paths';

const FIELD_PATHS = CONFIG_FIELD_PATHS;
const fieldEntries = EXPLANATIONS.filter((entry) => !entry.key.startsWith('generated.'));
const generatedEntries = EXPLANATIONS.filter((entry) => entry.key.startsWith('generated.'));

describe('schema walk', () => {
  it('finds the nested leaf fields, through prefaults, preprocess and transforms', () => {
    expect(FIELD_PATHS).toContain('projectName');
    expect(FIELD_PATHS).toContain('domains.additional');
    expect(FIELD_PATHS).toContain('origin.path');
    expect(FIELD_PATHS).toContain('origin.lambdaFunctionArn');
    expect(FIELD_PATHS).toContain('output.cloudFormationFormat');
    expect(FIELD_PATHS).not.toContain('origin');
    expect(FIELD_PATHS.length).toBeGreaterThanOrEqual(38);
  });
});

describe('explanations of form fields', () => {
  it.each(FIELD_PATHS)('%s has an explanation with a label', (path) => {
    const entry = explanationFor(path);
    expect(entry, `no explanation for schema field ${path}`).toBeDefined();
    expect(entry?.label?.trim()).toBeTruthy();
  });

  it('has no entry for a field the schema does not have', () => {
    const stale = fieldEntries.map((entry) => entry.key).filter((key) => !FIELD_PATHS.includes(key));
    expect(stale).toEqual([]);
  });

  it('hides fields that only matter for some configs', () => {
    const seed = SAMPLE_CONFIGS.seedDefaults;
    const lambda = SAMPLE_CONFIGS.lambdaUrlOacWithSecret;
    const applies = (key: string, config = seed) => explanationFor(key)?.appliesTo?.(config) ?? true;
    expect(applies('origin.lambdaUrlAuth')).toBe(false);
    expect(applies('origin.lambdaUrlAuth', lambda)).toBe(true);
    expect(applies('origin.lambdaFunctionArn', lambda)).toBe(true);
    expect(applies('origin.path', lambda)).toBe(false);
    expect(applies('dns.hostedZoneId')).toBe(false);
    expect(applies('dns.hostedZoneId', SAMPLE_CONFIGS.albForwardHostEverything)).toBe(true);
    expect(applies('dynamicCaching.defaultTtlSeconds')).toBe(false);
    expect(applies('dynamicCaching.maxTtlSeconds')).toBe(false);
    expect(applies('dynamicCaching.defaultTtlSeconds', SAMPLE_CONFIGS.restApiCachingAllCookies)).toBe(true);
    expect(applies('dynamicCaching.defaultTtlSeconds', SAMPLE_CONFIGS.albForwardHostEverything)).toBe(false);
    expect(applies('dynamicCaching.maxTtlSeconds', SAMPLE_CONFIGS.albForwardHostEverything)).toBe(true);
    expect(applies('securityHeaders.hstsMaxAgeSeconds')).toBe(true);
    expect(applies('securityHeaders.hstsMaxAgeSeconds', lambda)).toBe(true);
    expect(applies('securityHeaders.hstsPreload', SAMPLE_CONFIGS.albForwardHostEverything)).toBe(false);
    expect(applies('certificate.arn', SAMPLE_CONFIGS.albForwardHostEverything)).toBe(false);
    expect(applies('originProtection.headerName')).toBe(false);
    expect(applies('mediaFiles.pathPattern', configOf({ mediaFiles: { enabled: true } }))).toBe(true);
  });
});

describe('every explanation', () => {
  it('has a unique key', () => {
    const keys = EXPLANATIONS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(EXPLANATIONS.map((entry) => [entry.key, entry] as const))(
    '%s has a title, body and https link',
    (_, entry) => {
      expect(entry.title.trim()).not.toBe('');
      // One short paragraph: long enough to say why, short enough to read beside a field.
      expect(entry.body.length).toBeGreaterThan(40);
      expect(entry.body.length).toBeLessThanOrEqual(700);
      expect(entry.label?.length ?? 0).toBeLessThanOrEqual(40);
      expect(entry.links.length).toBeGreaterThan(0);
      for (const link of entry.links) {
        expect(new URL(link.url).protocol).toBe('https:');
        expect(link.title.trim()).not.toBe('');
      }
    },
  );

  it('links only to AWS, Django and AWS re:Post documentation', () => {
    const allowed = ['docs.aws.amazon.com', 'docs.djangoproject.com', 'repost.aws'];
    for (const entry of EXPLANATIONS) {
      for (const link of entry.links)
        expect(allowed, `${entry.key}: ${link.url}`).toContain(new URL(link.url).host);
    }
  });

  it('links to Django 5.2 docs only', () => {
    for (const link of Object.values(DOCS)) {
      if (link.url.includes('djangoproject.com'))
        expect(link.url).toMatch(/^https:\/\/docs\.djangoproject\.com\/en\/5\.2\//);
    }
  });

  it('gives every generated setting markers for at least one target', () => {
    for (const entry of generatedEntries) {
      const markers = Object.values(entry.markers ?? {}).flat();
      expect(markers.length, entry.key).toBeGreaterThan(0);
      for (const marker of markers) expect(marker.trim().length, entry.key).toBeGreaterThan(2);
    }
  });

  it('returns undefined for an unknown key', () => {
    expect(explanationFor('origin.nope')).toBeUndefined();
  });

  it('evaluates appliesTo to a boolean for every sample config', () => {
    for (const config of Object.values(SAMPLE_CONFIGS)) {
      for (const entry of EXPLANATIONS) {
        if (entry.appliesTo) expect(typeof entry.appliesTo(config)).toBe('boolean');
      }
    }
  });
});
