import { listDifferences } from '../../config/config-diff';
import { allDomains, type Config } from '../../config/schema';
import { explanationFor } from '../../knowledge/explanations';
import { warningsFor } from '../../knowledge/warnings';
import type { DistributionPlan } from '../../model/legacy-plan';
import { mdInline, mdTable, mdValue } from './markdown';

const ORIGIN_TYPE_LABELS: Record<Config['origin']['type'], string> = {
  'apigw-http': 'API Gateway HTTP API',
  'apigw-rest': 'API Gateway REST API (regional)',
  'lambda-url': 'Lambda function URL',
  alb: 'Application Load Balancer',
  'custom-https': 'HTTPS origin',
};

const CACHING_LABELS: Record<Config['dynamicCaching']['mode'], string> = {
  disabled: 'not cached (CachingDisabled)',
  'origin-cache-control': 'cached as Django’s Cache-Control headers say',
  'all-cookies-and-query-strings': 'cached per cookie and query string',
};

function policyName(ref: DistributionPlan['defaultBehavior']['cachePolicy'] | null): string {
  if (ref === null) return 'none';
  return ref.kind === 'managed' ? ref.policy.name : `custom (${ref.key})`;
}

/** "What this bundle sets up": the choices in a sentence each, then every setting changed from the defaults. */
export function choicesSection(config: Config, plan: DistributionPlan): string {
  const origin = config.origin;
  const lines = [
    `- **Domains:** ${allDomains(config).map(mdInline).join(', ')} (primary first).`,
    `- **Origin:** ${ORIGIN_TYPE_LABELS[origin.type]} at ${mdInline(origin.endpoint)}` +
      (origin.path === '' ? '.' : `, origin path ${mdInline(origin.path)}.`),
    origin.hostStrategy === 'x-forwarded-host-function'
      ? `- **Host:** the origin receives its own name as \`Host\`; a CloudFront Function (viewer-request) copies the ` +
        `viewer’s host into \`X-Forwarded-Host\`, which Django reads (\`USE_X_FORWARDED_HOST\`).`
      : `- **Host:** CloudFront forwards the viewer’s \`Host\` to the origin unchanged.`,
    `- **Django pages:** ${CACHING_LABELS[config.dynamicCaching.mode]}; origin request policy ` +
      `${mdInline(policyName(plan.defaultBehavior.originRequestPolicy))}, cache policy ` +
      `${mdInline(policyName(plan.defaultBehavior.cachePolicy))}.`,
    ...plan.additionalBehaviors.map(
      (behavior) =>
        `- **${mdInline(behavior.pathPattern)}:** served from ${behavior.originId === 'App' ? 'the app origin' : 'a private S3 bucket (origin access control)'}, ` +
        `cache policy ${mdInline(policyName(behavior.cachePolicy))}.`,
    ),
    plan.certificate.kind === 'existing'
      ? `- **Certificate:** existing ACM certificate ${mdInline(plan.certificate.arn)} (us-east-1).`
      : `- **Certificate:** created by the stack in us-east-1 and validated through the Route 53 zone ` +
        `${mdInline(plan.certificate.hostedZoneName)}.`,
    plan.dnsRecords === null
      ? '- **DNS:** you point the names at CloudFront yourself (step 4).'
      : `- **DNS:** the stack creates Route 53 alias records (A${plan.dnsRecords.ipv6 ? ' and AAAA' : ''}) in ` +
        `${mdInline(plan.dnsRecords.hostedZoneName)}.`,
    plan.originSecretHeader === null
      ? null
      : `- **Origin protection:** CloudFront adds the header ${mdInline(plan.originSecretHeader.name)} with a secret ` +
        `value; Django refuses requests without it, so the origin URL cannot bypass CloudFront.`,
    `- **Security headers:** ${config.securityHeaders.mode === 'none' ? 'left to Django' : `${config.securityHeaders.mode} response headers policy`}.`,
  ];
  return [
    '## What this bundle sets up',
    lines.filter((line) => line !== null).join('\n'),
    changedSettings(config),
  ].join('\n\n');
}

function changedSettings(config: Config): string {
  const differences = listDifferences(config, { labelOf: (path) => explanationFor(path)?.label });
  if (differences.length === 0) return 'Every setting is at its default (the wizard’s example values).';
  return [
    `Settings changed from the wizard’s defaults (${differences.length}):`,
    mdTable(
      ['Setting', 'Default', 'This bundle'],
      differences.map((difference) => [
        difference.label === undefined
          ? mdInline(difference.path)
          : `${difference.label} (${mdInline(difference.path)})`,
        mdValue(difference.from),
        mdValue(difference.to),
      ]),
    ),
  ].join('\n\n');
}

/** The wizard's warnings for this config, so they travel with the bundle. */
export function warningsSection(config: Config): string | null {
  const warnings = warningsFor(config);
  if (warnings.length === 0) return null;
  return [
    '## Check before deploying',
    warnings.map((warning) => `- **${warning.severity}:** ${warning.message}`).join('\n'),
  ].join('\n\n');
}
