import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/schema';
import { applyPatch } from './apply-fix';

describe('applyPatch', () => {
  it('merges nested objects and keeps untouched fields', () => {
    const draft = { projectName: 'shop', origin: { type: 'lambda-url', endpoint: 'x.example.com' } };
    const result = applyPatch(draft, { origin: { lambdaUrlAuth: 'none-with-secret-header' } });
    expect(result).toEqual({
      projectName: 'shop',
      origin: { type: 'lambda-url', endpoint: 'x.example.com', lambdaUrlAuth: 'none-with-secret-header' },
    });
  });

  it('replaces arrays instead of merging them', () => {
    const draft = { domains: { primary: 'www.a.com', additional: ['a.com', 'b.a.com'] } };
    expect(applyPatch(draft, { domains: { additional: ['c.a.com'] } })).toEqual({
      domains: { primary: 'www.a.com', additional: ['c.a.com'] },
    });
  });

  it('never mutates the draft or the patch', () => {
    const draft = { dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 5 } };
    const patch = { dynamicCaching: { mode: 'origin-cache-control' as const } };
    const draftCopy = structuredClone(draft);
    const patchCopy = structuredClone(patch);
    const result = applyPatch(draft, patch) as typeof draft;
    expect(draft).toEqual(draftCopy);
    expect(patch).toEqual(patchCopy);
    expect(result.dynamicCaching).not.toBe(draft.dynamicCaching);
    expect(result.dynamicCaching.mode).toBe('origin-cache-control');
  });

  it.each([undefined, null, 42, 'text', ['a']])('treats a malformed draft (%s) as empty', (draft) => {
    expect(applyPatch(draft, { originProtection: { secretHeader: true } })).toEqual({
      originProtection: { secretHeader: true },
    });
  });

  it('replaces a malformed nested value with the patch', () => {
    expect(applyPatch({ origin: 'broken' }, { origin: { hostStrategy: 'forward-host' } })).toEqual({
      origin: { hostStrategy: 'forward-host' },
    });
  });

  it('yields a config that parses when applied to a valid config', () => {
    const result = applyPatch(defaultConfig(), { dynamicCaching: { mode: 'origin-cache-control' } });
    const parsed = parseConfig(result);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.dynamicCaching.mode).toBe('origin-cache-control');
  });
});
