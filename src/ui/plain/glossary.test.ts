import { describe, expect, it } from 'vitest';
import { FIELD_PATHS, fieldMeta } from '../../config/form-fields';
import { FIELD_EXPLANATIONS } from '../../knowledge/explanations';
import { firstSentence, termsIn } from './glossary';

describe('the plain-language layer', () => {
  it('spells out the abbreviations the form uses', () => {
    const wording = FIELD_PATHS.map((path) => {
      const meta = fieldMeta(path);
      return [meta.label, meta.help, ...Object.values(meta.options ?? {})].join(' ');
    }).join(' ');
    const spelled = termsIn(wording).map((entry) => entry.term);
    for (const term of ['ACM', 'ARN', 'OAC', 'SigV4', 'TTL', 'HSTS', 'WAF', 'TLS', 'S3'])
      expect(spelled, term).toContain(term);
  });

  it('takes a plain first sentence off each field explanation', () => {
    for (const [path, explanation] of Object.entries(FIELD_EXPLANATIONS)) {
      const { first, rest } = firstSentence(explanation.body);
      expect(first.length, path).toBeGreaterThan(10);
      expect(first.length, path).toBeLessThanOrEqual(explanation.body.length);
      expect(`${first} ${rest}`.trim().length, path).toBeGreaterThanOrEqual(explanation.body.length - 1);
    }
    expect(firstSentence('One, e.g. www.example.com. Two.')).toEqual({
      first: 'One, e.g. www.example.com.',
      rest: 'Two.',
    });
  });
});
