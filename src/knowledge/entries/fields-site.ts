import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** Form fields about the site itself: names, certificate, DNS and the output format. */
export const SITE_FIELD_EXPLANATIONS = {
  projectName: {
    title: 'Project name',
    body:
      'A short name used for the stack, the CloudFront Function and the cache and response headers policies ' +
      '(for example mysite-forward-host). Policy and function names must be unique in the account, so two sites ' +
      'deployed from this wizard need different project names; otherwise the second deployment fails with a ' +
      'name conflict.',
    links: [DOCS.functionQuotas, DOCS.managedCachePolicies],
  },
  'domains.primary': {
    title: 'Primary domain',
    body:
      'The name people type, e.g. www.example.com. It becomes the distribution’s first alternate domain name ' +
      '(CNAME), the certificate’s domain, the first entry of Django’s ALLOWED_HOSTS and CSRF_TRUSTED_ORIGINS. ' +
      'Enter the name only, without https://. CloudFront refuses an alternate domain name the certificate ' +
      'does not cover, and Django answers 400 DisallowedHost for a host missing from ALLOWED_HOSTS.',
    links: [DOCS.alternateDomainNames, DOCS.djangoAllowedHosts],
  },
  'domains.additional': {
    title: 'Other domain names',
    body:
      'Further names for the same site, typically the apex (example.com) next to www. Each becomes an alternate ' +
      'domain name of the distribution, a subject alternative name of a created certificate, an allowed host ' +
      'and a trusted CSRF origin in Django. The cache key includes the host, so www and the apex never share ' +
      'cached pages. An existing certificate must cover every name listed here.',
    links: [DOCS.alternateDomainNames, DOCS.certificateDomainNames, DOCS.djangoAllowedHosts],
  },
  'certificate.source': {
    title: 'Where the TLS certificate comes from',
    body:
      'CloudFront needs an ACM certificate for your domain names, and only accepts one from us-east-1 (N. ' +
      'Virginia) whatever region your origin runs in. Use an existing certificate by ARN, or let the stack ' +
      'create one validated through DNS records in your Route 53 hosted zone (then the stack waits until ' +
      'ACM has validated it, which takes minutes once the records exist).',
    links: [DOCS.cnamesAndHttps, DOCS.acmDnsValidation, DOCS.sslCertificateSetting],
  },
  'certificate.arn': {
    title: 'ACM certificate ARN',
    body:
      'The ARN of an issued ACM certificate in us-east-1 that covers every domain name above (a wildcard such ' +
      'as *.example.com covers www.example.com but not example.com itself). A certificate from another region ' +
      'is refused by CloudFront, and a name it does not cover makes the deployment fail.',
    links: [DOCS.cnamesAndHttps, DOCS.certificateDomainNames],
  },
  'dns.createRecords': {
    title: 'Create DNS records',
    body:
      'Creates Route 53 alias records (A, and AAAA when IPv6 is on) pointing every domain name at the ' +
      'distribution. Alias records to CloudFront use the fixed hosted zone ID Z2FDTNDATAQYW2. ' +
      'Leave it off when your DNS is elsewhere: then point a CNAME (or your provider’s ALIAS/ANAME ' +
      'for the apex) at the distribution’s *.cloudfront.net name yourself.',
    links: [DOCS.route53AliasToCloudFront, DOCS.alternateDomainNames],
  },
  'dns.hostedZoneId': {
    title: 'Route 53 hosted zone ID',
    body:
      'The ID of the public hosted zone that holds your domain (Z followed by letters and digits, shown in the ' +
      'Route 53 console). The stack writes the alias records and, when it creates the certificate, the ACM ' +
      'validation records into this zone.',
    links: [DOCS.route53AliasToCloudFront, DOCS.acmDnsValidation],
  },
  'dns.hostedZoneName': {
    title: 'Route 53 hosted zone name',
    body:
      'The zone’s domain, e.g. example.com. Every domain name of the site must be this name or end with it; ' +
      'records for a name outside the zone cannot be created there.',
    links: [DOCS.route53AliasToCloudFront],
  },
  'output.cloudFormationFormat': {
    title: 'CloudFormation template format',
    body:
      'Whether the CloudFormation template is written as YAML (easier to read and comment) or JSON. Both deploy ' +
      'identically; it only changes the file in the cloudformation folder.',
    links: [DOCS.cloudFormationTemplateFormats],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
