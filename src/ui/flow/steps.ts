import type { FieldPath } from '../form/field-table';

export const STEP_IDS = ['site', 'origin', 'caching', 'security', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** One step of the guided flow: the order follows how a person thinks about the setup, not the schema. */
export interface StepDefinition {
  id: StepId;
  title: string;
  /** The step list's label (the heading says `title`). */
  short: string;
  /** The step list's label on a phone, where five share 390 px. */
  tiny: string;
  /** One plain sentence under the step's heading. */
  intro: string;
  /** The fields the step holds, in the order it shows them (the review step: its "More settings"). */
  fields: readonly FieldPath[];
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'site',
    tiny: 'Site',
    short: 'Your site',
    title: 'Your site',
    intro: 'The names visitors type, the certificate that proves them, and where their DNS lives.',
    fields: [
      'domains.primary',
      'domains.additional',
      'projectName',
      'certificate.source',
      'certificate.arn',
      'dns.createRecords',
      'dns.hostedZoneId',
      'dns.hostedZoneName',
    ],
  },
  {
    id: 'origin',
    tiny: 'Django',
    short: 'Where Django runs',
    title: 'Where Django runs',
    intro: 'The address CloudFront sends requests to, and how Django learns which name the visitor typed.',
    fields: [
      'origin.type',
      'origin.endpoint',
      'origin.path',
      'origin.hostStrategy',
      'origin.vpcOriginArn',
      'origin.vpcOriginProtocol',
      'origin.vpcOriginHttpsPort',
      'origin.vpcOriginHttpPort',
      'origin.securityGroupId',
      'origin.lambdaUrlAuth',
      'origin.lambdaFunctionArn',
    ],
  },
  {
    id: 'caching',
    tiny: 'Caching',
    short: 'Caching',
    title: 'Caching',
    intro: 'What CloudFront may keep and serve again without asking Django.',
    fields: [
      'dynamicCaching.mode',
      'dynamicCaching.defaultTtlSeconds',
      'dynamicCaching.maxTtlSeconds',
      'staticFiles.enabled',
      'staticFiles.pathPattern',
      'staticFiles.source',
      'mediaFiles.enabled',
      'mediaFiles.pathPattern',
      'mediaFiles.source',
    ],
  },
  {
    id: 'security',
    tiny: 'Security',
    short: 'Protection',
    title: 'Protection and security',
    intro: 'How requests that skip CloudFront are refused, and what browsers are told about HTTPS.',
    fields: [
      'originProtection.secretHeader',
      'originProtection.headerName',
      'securityHeaders.mode',
      'securityHeaders.hstsMaxAgeSeconds',
      'securityHeaders.hstsIncludeSubdomains',
      'securityHeaders.hstsPreload',
      'securityHeaders.csp',
      'securityHeaders.cspReportOnly',
      'securityHeaders.cspPolicy',
      'django.secureSslRedirect',
      'distribution.waf',
      'distribution.webAclArn',
      'distribution.wafLargeBodyPaths',
      'distribution.wafLoginPaths',
      'distribution.wafRateLimit',
      'distribution.wafRateWindowSeconds',
      'distribution.wafSqlRules',
      'distribution.minimumTlsVersion',
      'distribution.accessLogs',
      'distribution.logRetentionDays',
      'distribution.loggingBucket',
      'django.version',
    ],
  },
  {
    id: 'review',
    tiny: 'Review',
    short: 'Review',
    title: 'Review and download',
    intro: 'Check the choices, then download the files with the order to deploy them in.',
    fields: [
      'distribution.priceClass',
      'distribution.httpVersion',
      'distribution.ipv6',
      'distribution.comment',
      'output.cloudFormationFormat',
    ],
  },
];

export function stepById(id: StepId): StepDefinition {
  return STEPS.find((step) => step.id === id)!;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** The step a dotted path (a field, a list item "domains.additional.2", or "" for the whole config) is on. */
export function stepOfPath(path: string): StepId {
  const field = path.replace(/\.\d+$/, '');
  return STEPS.find((step) => (step.fields as readonly string[]).includes(field))?.id ?? 'site';
}

export function stepNumber(id: StepId): number {
  return STEP_IDS.indexOf(id) + 1;
}
