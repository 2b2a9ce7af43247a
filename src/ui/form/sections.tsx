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
} from '../../config/schema';
import { VPC_ORIGIN_PROTOCOLS } from '../../config/vpc-origin-fields';
import { DomainList } from './DomainList';
import { EndpointHint } from './EndpointHint';
import { CheckboxField, NumberField, RadioField, SelectField, TextField } from './fields';
import { FormSection } from './FormSection';

export function DomainsSection() {
  return (
    <FormSection id="section-domains" title="Domains & certificate" paths={['domains', 'certificate', 'dns']}>
      <TextField path="domains.primary" placeholder="www.example.com" />
      <DomainList />
      <SelectField path="certificate.source" options={CERTIFICATE_SOURCES} />
      <TextField path="certificate.arn" placeholder="arn:aws:acm:us-east-1:123456789012:certificate/…" />
      <CheckboxField path="dns.createRecords" />
      <TextField path="dns.hostedZoneId" placeholder="Z0123456789ABCDEFGHIJ" />
      <TextField path="dns.hostedZoneName" placeholder="example.com" />
    </FormSection>
  );
}

export function OriginSection() {
  return (
    <FormSection
      id="section-origin"
      title="Origin"
      paths={['origin']}
      intro="Where CloudFront sends the requests Django answers."
    >
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
    </FormSection>
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

export function CachingSection() {
  return (
    <FormSection id="section-caching" title="Caching" paths={['dynamicCaching', 'staticFiles', 'mediaFiles']}>
      <RadioField path="dynamicCaching.mode" options={DYNAMIC_CACHING_MODES} />
      <div className="field-row">
        <NumberField path="dynamicCaching.defaultTtlSeconds" />
        <NumberField path="dynamicCaching.maxTtlSeconds" />
      </div>
      <FileBehaviour prefix="staticFiles" />
      <FileBehaviour prefix="mediaFiles" />
    </FormSection>
  );
}

export function SecuritySection() {
  return (
    <FormSection id="section-security" title="Security" paths={['securityHeaders', 'originProtection']}>
      <SelectField path="securityHeaders.mode" options={SECURITY_HEADERS_MODES} />
      <NumberField path="securityHeaders.hstsMaxAgeSeconds" />
      <CheckboxField path="securityHeaders.hstsIncludeSubdomains" />
      <CheckboxField path="securityHeaders.hstsPreload" />
      <CheckboxField path="originProtection.secretHeader" />
      <TextField path="originProtection.headerName" placeholder="X-Origin-Verify" />
    </FormSection>
  );
}

export function DistributionSection() {
  return (
    <FormSection id="section-distribution" title="Distribution" paths={['distribution']}>
      <SelectField path="distribution.priceClass" options={PRICE_CLASSES} />
      <SelectField path="distribution.httpVersion" options={HTTP_VERSIONS} />
      <CheckboxField path="distribution.ipv6" />
      <SelectField path="distribution.minimumTlsVersion" options={MINIMUM_TLS_VERSIONS} />
      <TextField
        path="distribution.webAclArn"
        placeholder="arn:aws:wafv2:us-east-1:…:global/webacl/NAME/ID"
      />
      <SelectField path="distribution.accessLogs" options={ACCESS_LOG_DESTINATIONS} />
      <NumberField path="distribution.logRetentionDays" />
      <TextField path="distribution.loggingBucket" placeholder="mysite-logs" />
      <TextField path="distribution.comment" />
    </FormSection>
  );
}

export function DjangoSection() {
  return (
    <FormSection id="section-django" title="Django" paths={['django']}>
      <SelectField path="django.version" options={DJANGO_VERSIONS} />
      <CheckboxField path="django.secureSslRedirect" />
    </FormSection>
  );
}

export function OutputSection() {
  return (
    <FormSection id="section-output" title="Output" paths={['projectName', 'output']}>
      <TextField path="projectName" placeholder="mysite" />
      <RadioField path="output.cloudFormationFormat" options={CLOUDFORMATION_FORMATS} />
    </FormSection>
  );
}
