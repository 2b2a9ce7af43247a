import type { ReactNode } from 'react';
import type { StepId } from '../flow/steps';
import { DomainList } from './DomainList';
import { EndpointHint } from './EndpointHint';
import { CheckboxField, NumberField, RadioField, SelectField, TextField } from './fields';
import { CACHING_CHOICES, CachingGuide, DnsElsewhereNote, ProjectNameNote } from './notes';
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
      <SelectField path="certificate.source" />
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
      <SelectField path="origin.type" />
      <TextField
        path="origin.endpoint"
        inputMode="url"
        placeholder="abc123defg.execute-api.eu-west-1.amazonaws.com or a pasted invoke URL"
        hint={<EndpointHint />}
      />
      <TextField path="origin.path" placeholder="/prod" />
      <SelectField path="origin.hostStrategy" />
      <TextField
        path="origin.vpcOriginArn"
        placeholder="arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/…"
      />
      <SelectField path="origin.vpcOriginProtocol" />
      <div className="field-row">
        <NumberField path="origin.vpcOriginHttpsPort" />
        <NumberField path="origin.vpcOriginHttpPort" />
      </div>
      <TextField path="origin.securityGroupId" placeholder="sg-0123456789abcdef0" />
      <SelectField path="origin.lambdaUrlAuth" />
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
      <SelectField path={`${prefix}.source`} />
    </div>
  );
}

function CachingFields() {
  return (
    <>
      <RadioField
        path="dynamicCaching.mode"

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
      <SelectField path="securityHeaders.mode" />
      <NumberField path="securityHeaders.hstsMaxAgeSeconds" />
      <CheckboxField path="securityHeaders.hstsIncludeSubdomains" />
      <CheckboxField path="securityHeaders.hstsPreload" />
      <SelectField path="securityHeaders.csp" />
      <CheckboxField path="securityHeaders.cspReportOnly" />
      <TextField path="securityHeaders.cspPolicy" placeholder="default-src 'self'" />
      <CheckboxField path="django.secureSslRedirect" />
      <WafFields />
      <SelectField path="distribution.minimumTlsVersion" />
      <SelectField path="distribution.accessLogs" />
      <NumberField path="distribution.logRetentionDays" />
      <TextField path="distribution.loggingBucket" placeholder="mysite-logs" />
      <SelectField path="django.version" />
    </>
  );
}

/** The settings most setups keep as they are: in the guided flow they sit in the review step. */
export function MoreFields() {
  return (
    <>
      <SelectField path="distribution.priceClass" />
      <SelectField path="distribution.httpVersion" />
      <CheckboxField path="distribution.ipv6" />
      <TextField path="distribution.comment" />
      <RadioField path="output.cloudFormationFormat" />
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
