import type { Config } from '../../config/schema';
import type { ConfigWarning, FieldPath } from '../../knowledge/types';
import { warningsFor } from '../../knowledge/warnings';

const cache = new WeakMap<Config, readonly ConfigWarning[]>();

/**
 * The knowledge rules' findings for a config, errors first: computed once per config object however many parts
 * of the page (Checks, fields, step list, confirmations) ask for them.
 */
export function findingsFor(config: Config): readonly ConfigWarning[] {
  let findings = cache.get(config);
  if (findings === undefined) {
    findings = warningsFor(config);
    cache.set(config, findings);
  }
  return findings;
}

/** The findings shown at their field (errors and warnings; notes stay in the Checks), by field path. */
export function findingsByField(findings: readonly ConfigWarning[]): ReadonlyMap<FieldPath, ConfigWarning[]> {
  const byField = new Map<FieldPath, ConfigWarning[]>();
  for (const finding of findings) {
    if (finding.field === undefined || finding.severity === 'info') continue;
    byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
  }
  return byField;
}

export function errorFindings(findings: readonly ConfigWarning[]): ConfigWarning[] {
  return findings.filter((finding) => finding.severity === 'error');
}
