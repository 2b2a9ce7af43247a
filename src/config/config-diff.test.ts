import { describe, expect, it } from 'vitest';
import { diffFromDefaults, jsonEqual, listDifferences, structuralDiff } from './config-diff';
import { defaultConfig, parseConfig, type Config } from './schema';

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

describe('structuralDiff', () => {
  it('keeps only differing keys of nested objects and whole changed arrays', () => {
    expect(
      structuralDiff({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { a: 1, b: { c: 2, d: 4 }, e: [1] }),
    ).toEqual({
      b: { d: 3 },
      e: [1, 2],
    });
    expect(structuralDiff({ a: [1, { x: 1 }] }, { a: [1, { x: 1 }] })).toBeUndefined();
  });

  it('keeps keys the base does not have', () => {
    expect(structuralDiff({ a: 1, extra: { b: 2 } }, { a: 1 })).toEqual({ extra: { b: 2 } });
  });

  it('compares JSON values structurally', () => {
    expect(jsonEqual({ a: [1, 'x'] }, { a: [1, 'x'] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
  });
});

describe('diffFromDefaults', () => {
  it('is empty for the defaults', () => {
    expect(diffFromDefaults(defaultConfig())).toEqual({});
  });

  it('holds only the changed settings, and parsing it gives the config back', () => {
    const config = validConfig({
      domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
      distribution: { ipv6: false },
    });
    const diff = diffFromDefaults(config);
    expect(diff).toEqual({
      domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
      distribution: { ipv6: false },
    });
    expect(parseConfig(diff).data).toEqual(config);
  });
});

describe('listDifferences', () => {
  it('lists each changed setting with its path, label, old and new value', () => {
    const config = validConfig({
      origin: { type: 'alb', endpoint: 'origin.mybakery.co.uk' },
      domains: { additional: ['example.com'] },
    });
    const labels: Record<string, string> = { 'origin.type': 'Origin type' };
    expect(listDifferences(config, { labelOf: (path) => labels[path] })).toEqual([
      { path: 'domains.additional', from: [], to: ['example.com'] },
      { path: 'origin.type', label: 'Origin type', from: 'apigw-http', to: 'alb' },
      {
        path: 'origin.endpoint',
        from: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
        to: 'origin.mybakery.co.uk',
      },
    ]);
  });

  it('compares against another base when given', () => {
    const base = validConfig({ projectName: 'one' });
    const other = validConfig({ projectName: 'two' });
    expect(listDifferences(other, { base })).toEqual([{ path: 'projectName', from: 'one', to: 'two' }]);
    expect(listDifferences(defaultConfig())).toEqual([]);
  });
});
