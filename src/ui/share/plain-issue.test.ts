import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/schema';
import { plainIssueMessage, plainJsonError } from './plain-issue';

const issuesOf = (input: unknown) => {
  const parsed = parseConfig(input);
  if (parsed.success) throw new Error('expected issues');
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return plainIssueMessage(path, issue.message);
  });
};

describe('plainIssueMessage', () => {
  it('words zod’s type, option and bound messages for people', () => {
    expect(issuesOf({ projectName: 5 })).toEqual(['This needs text, not a number']);
    expect(issuesOf({ domains: { additional: 'x' } })).toEqual(['This needs a list, not text']);
    expect(issuesOf({ origin: { type: 'foo' } })[0]).toMatch(/^Choose one of: API Gateway HTTP API; /);
    expect(issuesOf({ origin: { type: 'foo' } })[0]).not.toContain('"');
    expect(issuesOf({ dynamicCaching: { maxTtlSeconds: 99_999_999 } })).toEqual(['At most 31536000']);
    expect(issuesOf([])).toEqual(['This needs a group of settings in braces { }, not a list']);
  });

  it('keeps the schema’s own sentences', () => {
    expect(issuesOf({ projectName: 'Bad Name' })[0]).toContain('Project name: 2-32 lower-case letters');
  });

  it('says where JSON stopped, without the parser’s jargon', () => {
    const text = '{\n "a": 1\n "b": 2 }';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(plainJsonError(error, text)).toMatch(
      /^This is not valid JSON near line 3: look for a missing comma/,
    );
  });
});
