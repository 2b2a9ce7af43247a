import { listDifferences } from '../../config/config-diff';
import { ORIGINS } from '../../config/origins';
import type { Config } from '../../config/schema';
import { fieldLabel } from '../../config/form-fields';
import { warningsFor } from '../../knowledge/warnings';
import type { Deployment, PolicyRef } from '../../model';
import type { ReadmeContext } from './context';
import { mdInline, mdTable, mdValue } from './markdown';

function policyName(ref: PolicyRef | null): string {
  if (ref === null) return 'none';
  return ref.kind === 'managed' ? ref.policy.name : `custom (${ref.key})`;
}

/** How the default behaviour caches Django's pages, from its cache policy. */
function pageCaching(deployment: Deployment): string {
  const ref = deployment.distribution.defaultBehavior.cachePolicy;
  const custom =
    ref.kind === 'custom' ? deployment.cachePolicies.find((policy) => policy.key === ref.key) : undefined;
  if (custom === undefined) return `not cached (${policyName(ref)})`;
  return custom.defaultTtl === 0
    ? 'cached only as Django’s Cache-Control headers say'
    : `cached per cookie, query string and host (${custom.defaultTtl} s unless Django says otherwise)`;
}

/** The web ACL in a sentence: none, the user's, or the created one and what its rules do. */
function webAclLine({ webAcl }: Deployment): string {
  if (webAcl === null) return '- **AWS WAF:** none.';
  if (webAcl.kind === 'existing') return `- **AWS WAF:** your web ACL ${mdInline(webAcl.arn)}.`;
  const rules = webAcl.rules.map((rule) => mdInline(rule.name)).join(', ');
  return (
    `- **AWS WAF:** the stack creates the web ACL ${mdInline(webAcl.name)} (CLOUDFRONT scope, us-east-1) ` +
    `with the rules ${rules}; requests no rule blocks are allowed. AWS WAF is charged monthly per web ACL and ` +
    'rule, and per request.'
  );
}

/** "What this bundle sets up": the choices in a sentence each, then every setting changed from the defaults. */
export function choicesSection({ config, deployment }: ReadmeContext): string {
  const { distribution, certificate, originSecret } = deployment;
  const app = distribution.origins.find((origin) => origin.kind === 'custom');
  const behaviors = distribution.additionalBehaviors;
  const headers = distribution.defaultBehavior.responseHeadersPolicy;
  const lines = [
    `- **Domains:** ${distribution.aliases.map(mdInline).join(', ')} (primary first).`,
    app === undefined
      ? null
      : `- **Origin:** ${ORIGINS[config.origin.type].label} at ${mdInline(app.domainName)}` +
        (app.originPath === '' ? '.' : `, origin path ${mdInline(app.originPath)}.`),
    deployment.viewerRequestFunction !== null
      ? `- **Host:** the origin receives its own name as \`Host\`; a CloudFront Function (viewer-request) copies the ` +
        `viewer’s host into \`X-Forwarded-Host\`, which Django reads (\`USE_X_FORWARDED_HOST\`).`
      : `- **Host:** CloudFront forwards the viewer’s \`Host\` to the origin unchanged.`,
    `- **Django pages:** ${pageCaching(deployment)}; origin request policy ` +
      `${mdInline(policyName(distribution.defaultBehavior.originRequestPolicy))}, cache policy ` +
      `${mdInline(policyName(distribution.defaultBehavior.cachePolicy))}.`,
    ...behaviors.map(
      (behavior) =>
        `- **${mdInline(behavior.pathPattern)}:** served from ${behavior.originId === 'App' ? 'the app origin' : 'a private S3 bucket (origin access control)'}, ` +
        `cache policy ${mdInline(policyName(behavior.cachePolicy))}.`,
    ),
    `- **Stacks:** ${deployment.stacks.map((stack) => `${mdInline(stack.name)} in ${stack.region}`).join(', ')}.`,
    certificate.kind === 'existing'
      ? `- **Certificate:** existing ACM certificate ${mdInline(certificate.arn)} (us-east-1).`
      : `- **Certificate:** created by the stack in us-east-1 and validated through the Route 53 zone ` +
        `${mdInline(deployment.hostedZone?.name ?? '')}.`,
    deployment.dnsRecords.length === 0
      ? '- **DNS:** you point the names at CloudFront yourself.'
      : `- **DNS:** the stack creates Route 53 alias records (A${distribution.ipv6 ? ' and AAAA' : ''}) in ` +
        `${mdInline(deployment.hostedZone?.name ?? '')}.`,
    originSecret === null
      ? null
      : `- **Origin protection:** CloudFront adds the header ${mdInline(originSecret.headerName)} with a secret ` +
        `value from AWS Secrets Manager (${mdInline(originSecret.secretName)}); Django refuses requests without ` +
        'it, so the origin URL cannot bypass CloudFront.',
    deployment.lambdaPermissions.length === 0
      ? null
      : '- **Origin access control:** CloudFront signs its requests to the function URL, and only this ' +
        'distribution may invoke the function.',
    `- **Security headers:** ${headers === null ? 'left to Django' : `response headers policy ${mdInline(policyName(headers))}`}.`,
    `- **Viewer TLS:** security policy ${mdInline(distribution.minimumTlsVersion)}.`,
    webAclLine(deployment),
    deployment.accessLogDelivery !== null
      ? `- **Access logs:** standard logging v2 to the CloudWatch Logs group ${mdInline(deployment.accessLogDelivery.logGroupName)}, kept ${deployment.accessLogDelivery.retentionDays} days, without cookies.`
      : distribution.logging !== null
        ? `- **Access logs:** legacy standard logging to ${mdInline(distribution.logging.bucket)}, without cookies.`
        : '- **Access logs:** none.',
  ];
  return [
    '## What this bundle sets up',
    lines.filter((line) => line !== null).join('\n'),
    changedSettings(config),
  ].join('\n\n');
}

function changedSettings(config: Config): string {
  const differences = listDifferences(config, { labelOf: fieldLabel });
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
/**
 * The ERROR-level findings, first thing in the README: a bundle written with them (`--force`) would not work as
 * generated, and whoever deploys it must see that before any step.
 */
export function errorsSection(config: Config): string | null {
  const errors = warningsFor(config).filter((warning) => warning.severity === 'error');
  if (errors.length === 0) return null;
  return [
    `> **Do not deploy this bundle as it is: ${errors.length === 1 ? 'one check fails' : `${errors.length} checks fail`}.** ` +
      'Fix the setting in the wizard (or config.json) and generate the bundle again.',
    ...errors.map((error) => `> - **error** (${error.field ?? 'config'}): ${error.message}`),
  ].join('\n>\n');
}

export function warningsSection(config: Config): string | null {
  const warnings = warningsFor(config);
  if (warnings.length === 0) return null;
  return [
    '## Check before deploying',
    warnings.map((warning) => `- **${warning.severity}:** ${warning.message}`).join('\n'),
  ].join('\n\n');
}

/** One row per target that wrote files: its folder, what it holds (the registry's summary), its files. */
export function filesSection({ present }: ReadmeContext): string {
  return [
    '## Files',
    mdTable(
      ['Folder', 'What', 'Files'],
      present.map(({ target, files }) => [
        mdInline(`${target.folder}/`),
        `${target.label}: ${target.summary}`,
        files.map((file) => mdInline(file.path.slice(target.folder.length + 1))).join(', '),
      ]),
    ),
  ].join('\n\n');
}
