import type { ExistingDiagnosis } from '../edge/diagnose-existing';
import type { ConfigMapping, ExistingSetup, UnreadItem } from '../import';

const LABEL = { broken: 'BROKEN', risk: 'RISK', note: 'NOTE' } as const;
const FORMAT = {
  'get-distribution-config': 'get-distribution-config export',
  'cloudformation-json': 'CloudFormation template (JSON)',
  'cloudformation-yaml': 'CloudFormation template (YAML)',
} as const;

function indentLines(label: string, text: string): string {
  return `    ${label.padEnd(10)}${text}`;
}

function items(title: string, list: UnreadItem[]): string[] {
  if (list.length === 0) return [];
  return [
    '',
    `${title} (${list.length}):`,
    ...list.map((item) => `  ${item.path}${item.value === '' ? '' : ` = ${item.value}`}: ${item.why}`),
  ];
}

/** The CLI's text report on an existing setup: findings first, then the fixed config's changes, then what was not used. */
export function existingSetupReport(
  setup: ExistingSetup,
  diagnosis: ExistingDiagnosis,
  mapping: ConfigMapping,
): string {
  const distribution = setup.distribution;
  const counts = { broken: 0, risk: 0, note: 0 };
  for (const finding of diagnosis.findings) counts[finding.severity] += 1;
  const lines = [
    `Existing setup: ${FORMAT[distribution.format]} ${distribution.identifier}`.trimEnd() +
      `, ${distribution.aliases.join(', ') || 'no alternate domain names'}, ${distribution.origins.length} origin(s), ${distribution.behaviours.length + 1} behaviour(s)` +
      (setup.django === null ? '' : ', with Django settings'),
    '',
    diagnosis.findings.length === 0
      ? 'Findings: none: the requests traced through this setup reach Django as they should.'
      : `Findings about the existing setup (${counts.broken} broken, ${counts.risk} risks, ${counts.note} notes):`,
  ];
  for (const finding of diagnosis.findings) {
    lines.push(
      `  ${LABEL[finding.severity].padEnd(7)}${finding.title}`,
      indentLines('Existing:', finding.existing),
      indentLines('Request:', finding.consequence),
      indentLines('Fix:', `${finding.fix}${finding.field === undefined ? '' : ` [${finding.field}]`}`),
      indentLines('Source:', finding.source),
    );
  }
  if (diagnosis.assumptions.length > 0)
    lines.push(
      '',
      'Assumed where the input does not say:',
      ...diagnosis.assumptions.map((text) => `  - ${text}`),
    );
  if (mapping.adjustments.length > 0)
    lines.push(
      '',
      `The fixed config changes (${mapping.adjustments.length}):`,
      ...mapping.adjustments.map(
        (change) => `  ${change.field}: ${change.existing} → ${change.fixed} (${change.why})`,
      ),
    );
  lines.push(...items('Not in the fixed config (set these yourself)', mapping.notMapped));
  lines.push(...items('Read but not used', setup.unread));
  return `${lines.join('\n')}\n\n`;
}
