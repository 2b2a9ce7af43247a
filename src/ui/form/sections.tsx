import type { ReactNode } from 'react';
import {
  CERTIFICATE_SOURCES,
  CLOUDFORMATION_FORMATS,
  DYNAMIC_CACHING_MODES,
  FILE_SOURCES,
  HOST_STRATEGIES,
  HTTP_VERSIONS,
  LAMBDA_URL_AUTH_MODES,
  MINIMUM_TLS_VERSIONS,
  ORIGIN_TYPES,
  PRICE_CLASSES,
  ACCESS_LOG_DESTINATIONS,
  DJANGO_VERSIONS,
  SECURITY_HEADERS_MODES,
  CSP_SOURCES,
} from '../../config/schema';
import { VPC_ORIGIN_PROTOCOLS } from '../../config/vpc-origin-fields';
import type { StepId } from '../flow/steps';
import { DomainList } from './DomainList';
import { EndpointHint } from './EndpointHint';
import { CheckboxField, NumberField, RadioField, SelectField, TextField } from './fields';
import { CACHING_CHOICES, CachingGuide, DnsElsewhereNote, NOTE_SOURCES, ProjectNameNote } from './notes';
import { setPrimaryDomain, setProjectName } from './project-name';
import { WafFields } from './WafFields';

/** The inputs of each part of the setup, in the order a person fills them; the guided flow and the full form share them. */
function SiteFields() {
  return (
    <>
      <TextField path="domains.primary" placeholder="www.example.com" onValue={setPrimaryDomain} />
      <DomainList />
      <TextField
        path="projectName"
        placeholder="mysite"
        hint={<ProjectNameNote />}
        onValue={setProjectName}
      />
      <SelectField path="certificate.source" options={CERTIFICATE_SOURCES} />
      <TextField path="certificate.arn" placeholder="arn:aws:acm:us-east-1:123456789012:certificate/…" />
      <CheckboxField path="dns.createRecords" />
      <TextField path="dns.hostedZoneId" placeholder="Z0123456789ABCDEFGHIJ" />
      <TextField path="dns.hostedZoneName" placeholder="example.com" />
      <DnsElsewhereNote />
    </>
  );
}

function OriginFields() {
  return (
    <>
      <SelectField path="origin.type" options={ORIGIN_TYPES} />
      <TextField
        path="origin.endpoint"
        inputMode="url"
        placeholder="abc123defg.execute-api.eu-west-1.amazonaws.com or a pasted invoke URL"
        hint={<EndpointHint />}
      />
      <TextField path="origin.path" placeholder="/prod" />
      <SelectField path="origin.hostStrategy" options={HOST_STRATEGIES} />
      <TextField
        path="origin.vpcOriginArn"
        placeholder="arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/…"
      />
      <SelectField path="origin.vpcOriginProtocol" options={VPC_ORIGIN_PROTOCOLS} />
      <div className="field-row">
        <NumberField path="origin.vpcOriginHttpsPort" />
        <NumberField path="origin.vpcOriginHttpPort" />
      </div>
      <TextField path="origin.securityGroupId" placeholder="sg-0123456789abcdef0" />
      <SelectField path="origin.lambdaUrlAuth" options={LAMBDA_URL_AUTH_MODES} />
      <TextField
        path="origin.lambdaFunctionArn"
        placeholder="arn:aws:lambda:eu-west-1:123456789012:function:mysite"
      />
    </>
  );
}

function FileBehaviour({ prefix }: { prefix: 'staticFiles' | 'mediaFiles' }) {
  return (
    <div className="field-group">
      <CheckboxField path={`${prefix}.enabled`} />
      <TextField path={`${prefix}.pathPattern`} />
      <SelectField path={`${prefix}.source`} options={FILE_SOURCES} />
    </div>
  );
}

function CachingFields() {
  return (
    <>
      <RadioField
        path="dynamicCaching.mode"
        options={DYNAMIC_CACHING_MODES}
        describe={(option) => CACHING_CHOICES[option]}
      />
      <CachingGuide />
      <div className="field-row">
        <NumberField path="dynamicCaching.defaultTtlSeconds" />
        <NumberField path="dynamicCaching.maxTtlSeconds" />
      </div>
      <FileBehaviour prefix="staticFiles" />
      <FileBehaviour prefix="mediaFiles" />
    </>
  );
}

function SecurityFields() {
  return (
    <>
      <CheckboxField path="originProtection.secretHeader" />
      <TextField path="originProtection.headerName" placeholder="X-Origin-Verify" />
      <SelectField path="securityHeaders.mode" options={SECURITY_HEADERS_MODES} />
      <NumberField path="securityHeaders.hstsMaxAgeSeconds" />
      <CheckboxField path="securityHeaders.hstsIncludeSubdomains" />
      <CheckboxField path="securityHeaders.hstsPreload" />
      <SelectField path="securityHeaders.csp" options={CSP_SOURCES} />
      <CheckboxField path="securityHeaders.cspReportOnly" />
      <TextField path="securityHeaders.cspPolicy" placeholder="default-src 'self'" />
      <CheckboxField path="django.secureSslRedirect" />
      <WafFields />
      <SelectField path="distribution.minimumTlsVersion" options={MINIMUM_TLS_VERSIONS} />
      <SelectField path="distribution.accessLogs" options={ACCESS_LOG_DESTINATIONS} />
      <NumberField path="distribution.logRetentionDays" />
      <TextField path="distribution.loggingBucket" placeholder="mysite-logs" />
      <SelectField path="django.version" options={DJANGO_VERSIONS} />
    </>
  );
}

/** The settings most setups keep as they are: in the guided flow they sit in the review step. */
export function MoreFields() {
  return (
    <>
      <SelectField path="distribution.priceClass" options={PRICE_CLASSES} />
      <SelectField path="distribution.httpVersion" options={HTTP_VERSIONS} />
      <CheckboxField path="distribution.ipv6" />
      <TextField path="distribution.comment" />
      <RadioField path="output.cloudFormationFormat" options={CLOUDFORMATION_FORMATS} />
    </>
  );
}

export const SECTION_FIELDS: Record<StepId, () => ReactNode> = {
  site: SiteFields,
  origin: OriginFields,
  caching: CachingFields,
  security: SecurityFields,
  review: MoreFields,
};

/** Pages the notes of a section rest on, for its "About these settings". */
export const SECTION_SOURCES: Partial<
  Record<StepId, { title: string; links: readonly { title: string; url: string }[] }[]>
> = {
  site: [NOTE_SOURCES.dnsElsewhere],
  caching: [NOTE_SOURCES.cachingGuide],
};
