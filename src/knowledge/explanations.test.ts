import { describe, expect, it } from 'vitest';
import { FIELD_PATHS, isFieldPath } from '../config/form-fields';
import { GENERATED_KEY_LIST } from '../model';
import { DOCS } from '../sources/doc-links';
import { CONFIG_FIELD_PATHS } from '../../test/support/schema-paths';
import { FIELD_EXPLANATIONS, GENERATED_EXPLANATIONS, explanationFor, isGeneratedKey } from './explanations';
import type { DocLinks } from './types';

const ALLOWED_HOSTS = ['docs.aws.amazon.com', 'docs.djangoproject.com', 'repost.aws'];

function checkLinks(links: DocLinks, key: string): void {
  expect(links.length, key).toBeGreaterThan(0);
  for (const link of links) {
    const url = new URL(link.url);
    expect(url.protocol, `${key}: ${link.url}`).toBe('https:');
    expect(ALLOWED_HOSTS, `${key}: ${link.url}`).toContain(url.host);
    expect(link.title.trim(), `${key}: ${link.url}`).not.toBe('');
  }
}

describe('explanations of generated settings', () => {
  it('has exactly one entry per GeneratedKey', () => {
    expect(Object.keys(GENERATED_EXPLANATIONS).sort()).toEqual([...GENERATED_KEY_LIST].sort());
  });

  it.each(GENERATED_KEY_LIST)('%s has a title, one plain first sentence, a body and doc links', (key) => {
    const entry = GENERATED_EXPLANATIONS[key];
    expect(entry.title.trim()).not.toBe('');
    // The summary is one sentence a newcomer reads first: it ends the sentence and starts no second one.
    expect(entry.summary).toMatch(/^[A-Z][^]*[.!?]$/);
    expect(entry.summary).not.toMatch(/[.!?] [A-Z]/);
    expect(entry.summary.length).toBeLessThanOrEqual(160);
    expect(entry.body.length).toBeGreaterThan(40);
    expect(entry.body.length).toBeLessThanOrEqual(700);
    checkLinks(entry.links, key);
  });
});

describe('explanations of form fields', () => {
  it('the schema walk finds the nested leaf fields, through prefaults, preprocess and transforms', () => {
    expect(CONFIG_FIELD_PATHS).toContain('domains.additional');
    expect(CONFIG_FIELD_PATHS).toContain('origin.path');
    expect(CONFIG_FIELD_PATHS).toContain('output.cloudFormationFormat');
    expect(CONFIG_FIELD_PATHS).not.toContain('origin');
    expect(CONFIG_FIELD_PATHS.length).toBeGreaterThanOrEqual(38);
    expect([...FIELD_PATHS].sort()).toEqual([...CONFIG_FIELD_PATHS].sort());
  });

  it.each(CONFIG_FIELD_PATHS)('%s has an explanation with a body and doc links', (path) => {
    const entry = isFieldPath(path) ? FIELD_EXPLANATIONS[path] : undefined;
    expect(entry, `no explanation for schema field ${path}`).toBeDefined();
    expect(entry!.title.trim()).not.toBe('');
    expect(entry!.body.length).toBeGreaterThan(40);
    expect(entry!.body.length).toBeLessThanOrEqual(700);
    checkLinks(entry!.links, path);
  });

  it('has no entry for a field the schema does not have', () => {
    const stale = Object.keys(FIELD_EXPLANATIONS).filter((key) => !CONFIG_FIELD_PATHS.includes(key));
    expect(stale).toEqual([]);
  });
});

describe('explanationFor', () => {
  it('finds generated settings and form fields by their key', () => {
    expect(explanationFor('generated.bucketPolicy')).toBe(GENERATED_EXPLANATIONS['generated.bucketPolicy']);
    expect(explanationFor('origin.endpoint')).toBe(FIELD_EXPLANATIONS['origin.endpoint']);
    expect(isGeneratedKey('origin.endpoint')).toBe(false);
    expect(isGeneratedKey('generated.nope')).toBe(false);
  });

  it('links to Django 5.2 docs only (and the 6.0 and 6.1 release notes, for the version choice, and 6.0’s CSP pages, which 5.2 has no counterpart of)', () => {
    for (const link of Object.values(DOCS)) {
      if (link.url.includes('djangoproject.com'))
        expect(link.url).toMatch(
          /^https:\/\/docs\.djangoproject\.com\/en\/(5\.2\/|6\.[01]\/releases\/6\.[01]\/$|6\.0\/(ref|howto)\/csp\/$)/,
        );
    }
  });
});
