import { describe, expect, it } from 'vitest';
import { generatedKeysFor } from '../../model';
import { deploymentFor } from '../../model';
import { FIXTURES } from '../../../test/support/fixtures';
import { cloudFormationFilesFor } from '../../../test/support/cloudformation/generated-templates';

/** Words one of which the line of each key must hold, so a tag cannot drift onto an unrelated line. */
const LINE_WORDS: Partial<Record<string, RegExp>> = {
  'generated.aliases': /Aliases/,
  'generated.priceClass': /PriceClass/,
  'generated.httpVersion': /HttpVersion/,
  'generated.ipv6': /IPV6Enabled/,
  'generated.minimumTlsVersion': /MinimumProtocolVersion/,
  'generated.viewerProtocolPolicy': /ViewerProtocolPolicy/,
  'generated.allowedMethods': /AllowedMethods/,
  'generated.originProtocol': /OriginProtocolPolicy/,
  'generated.originSecretHeader': /OriginCustomHeaders/,
  'generated.functionRuntime': /Runtime/,
  'generated.forwardedHostFunction': /FunctionCode|FunctionAssociations/,
  'generated.cacheKey': /HeadersConfig/,
  'generated.cachePolicy.cachingDisabled': /CachePolicyId/,
  'generated.cachePolicy.dynamicPages': /CachePolicyId|CachePolicyConfig/,
  'generated.originRequestPolicy.allViewer': /OriginRequestPolicyId/,
  'generated.originRequestPolicy.allViewerExceptHostHeader': /OriginRequestPolicyId/,
  'generated.securityHeaders.managed': /ResponseHeadersPolicyId/,
  'generated.securityHeaders.custom': /ResponseHeadersPolicyId|ResponseHeadersPolicyConfig/,
  'generated.securityHeaders.csp': /ContentSecurityPolicy|CustomHeadersConfig/,
  'generated.lambdaOriginAccessControl': /OriginAccessControl/,
  'generated.lambdaInvokePermission': /Action/,
  'generated.s3FilesOrigin': /DomainName|OriginAccessControlConfig/,
  'generated.bucketPolicy': /PolicyDocument/,
  'generated.certificate.existing': /AcmCertificateArn/,
  'generated.certificate.dnsValidated': /AcmCertificateArn|ValidationMethod/,
  'generated.dnsRecords': /AliasTarget/,
  'generated.webAcl': /WebACLId/,
  'generated.webAcl.created': /Scope|DefaultAction|WebACLId/,
  'generated.webAcl.managedRuleGroups': /Name"?: "?AWS-AWSManagedRules/,
  'generated.webAcl.largeBodies': /Name"?: "?LargeBodiesOnlyOnNamedPaths/,
  'generated.webAcl.loginRateLimit': /Name"?: "?RateLimitLogins/,
  'generated.logging': /Logging/,
  'generated.accessLogDelivery': /RetentionInDays|RecordFields/,
  'generated.filesBehaviour': /PathPattern/,
  'generated.stackRegions': /Description/,
  'generated.vpcOrigin': /VpcOriginEndpointConfig|VpcOriginConfig/,
  'generated.vpcOriginProtocol.https':
    /OriginProtocolPolicy: https-only|"OriginProtocolPolicy": "https-only"/,
  'generated.vpcOriginProtocol.http': /OriginProtocolPolicy: http-only|"OriginProtocolPolicy": "http-only"/,
  'generated.viewerProtoHeader': /OriginCustomHeaders|HeaderName|X-Viewer-Proto/,
  'generated.originSecurityGroupIngress': /GroupId|SourcePrefixListId/,
  'generated.ecsExpressOrigin': /DomainName.*\.ecs\./,
};

describe('CloudFormation explanations by line', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: tags exactly the infrastructure keys the model has, each on its own setting's line`, () => {
      const deployment = deploymentFor(config);
      for (const format of ['yaml', 'json'] as const) {
        const files = cloudFormationFilesFor(config, format);
        const tagged = new Set<string>();
        for (const file of files) {
          const lines = file.contents.split('\n');
          for (const { line, key } of file.explained ?? []) {
            tagged.add(key);
            const text = lines[line - 1] ?? '';
            expect(text, `${name} ${file.path}:${line} ${key}`).toMatch(LINE_WORDS[key] ?? /^$/);
          }
        }
        expect([...tagged].sort(), `${name} (${format})`).toEqual(
          generatedKeysFor(deployment, 'infrastructure').sort(),
        );
      }
    });
  }
});
