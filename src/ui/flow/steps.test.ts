import { describe, expect, it } from 'vitest';
import { FIELD_PATHS } from '../../config/form-fields';
import type { ConfigWarning } from '../../knowledge/types';
import { statusSymbols, statusWords, stepStatuses } from './step-status';
import { STEPS, stepOfPath } from './steps';

describe('the guided steps', () => {
  it('hold every field of the schema exactly once', () => {
    const placed = STEPS.flatMap((step) => step.fields);
    expect([...placed].sort()).toEqual([...FIELD_PATHS].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('find the step of a field, a list item and the whole config', () => {
    expect(stepOfPath('origin.endpoint')).toBe('origin');
    expect(stepOfPath('domains.additional.3')).toBe('site');
    expect(stepOfPath('distribution.webAclArn')).toBe('security');
    expect(stepOfPath('distribution.waf')).toBe('security');
    expect(stepOfPath('distribution.wafLargeBodyPaths.1')).toBe('security');
    expect(stepOfPath('distribution.comment')).toBe('review');
    expect(stepOfPath('')).toBe('site');
  });
});

describe('stepStatuses', () => {
  const finding = (severity: ConfigWarning['severity'], field?: ConfigWarning['field']): ConfigWarning => ({
    id: `${severity}-${field ?? 'none'}`,
    severity,
    message: 'x'.repeat(40),
    explanationKey: 'origin.endpoint',
    ...(field === undefined ? {} : { field }),
  });

  it('counts shown errors, fields to fill in and warnings on the step they belong to', () => {
    const statuses = stepStatuses(
      [
        { path: 'origin.endpoint', shown: true },
        { path: 'dns.hostedZoneId', shown: false },
      ],
      [
        finding('error', 'origin.endpoint'),
        finding('warning', 'domains.primary'),
        finding('info', 'domains.primary'),
        finding('warning'),
      ],
    );
    expect(statuses.origin).toEqual({ errors: 2, toFill: 0, warnings: 0 });
    expect(statuses.site).toEqual({ errors: 0, toFill: 1, warnings: 1 });
    expect(statuses.review.warnings).toBe(1);
    expect(statusWords(statuses.site)).toBe('1 to fill in, 1 warning');
    expect(statusWords(statuses.origin)).toBe('2 errors');
    expect(statusWords(statuses.caching)).toBe('');
    expect(statusSymbols(statuses.site)).toBe('○1 ⚠1');
  });
});
