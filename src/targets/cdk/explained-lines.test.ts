import { describe, expect, it } from 'vitest';
import { deploymentFor, type GeneratedKey } from '../../model';
import { FIXTURES } from '../../../test/support/fixtures';
import { cdkPythonTarget } from '../cdk-python';
import { cdkTypeScriptTarget } from '../cdk-typescript';

/** What a line tagged with a key must say, in TypeScript and in Python (the tag is on the setting's own line). */
const TAGGED: Partial<Record<GeneratedKey, [RegExp, RegExp]>> = {
  'generated.priceClass': [/priceClass: cloudfront\.PriceClass\./, /price_class=cloudfront\.PriceClass\./],
  'generated.httpVersion': [/httpVersion: /, /http_version=/],
  'generated.ipv6': [/enableIpv6: /, /enable_ipv6=/],
  'generated.minimumTlsVersion': [/minimumProtocolVersion: /, /minimum_protocol_version=/],
  'generated.aliases': [/domainNames: \[/, /domain_names=\[/],
  'generated.allowedMethods': [
    /allowedMethods: cloudfront\.AllowedMethods\./,
    /allowed_methods=cloudfront\.AllowedMethods\./,
  ],
  'generated.originProtocol': [/protocolPolicy: /, /protocol_policy=/],
  'generated.lambdaInvokePermission': [/new lambda\.CfnPermission\(/, /lambda_\.CfnPermission\(/],
  'generated.dnsRecords': [/new route53\.(ARecord|AaaaRecord)\(/, /route53\.(ARecord|AaaaRecord)\(/],
  'generated.functionRuntime': [
    /runtime: cloudfront\.FunctionRuntime\./,
    /runtime=cloudfront\.FunctionRuntime\./,
  ],
  'generated.webAcl': [/webAclId: /, /web_acl_id=/],
  'generated.webAcl.created': [
    /scope: 'CLOUDFRONT'|defaultAction: |webAclId: webAcl\.attrArn/,
    /scope="CLOUDFRONT"|default_action=|web_acl_id=web_acl\.attr_arn/,
  ],
  'generated.webAcl.managedRuleGroups': [/name: 'AWS-AWSManagedRules/, /name="AWS-AWSManagedRules/],
  'generated.webAcl.largeBodies': [
    /name: 'LargeBodiesOnlyOnNamedPaths'/,
    /name="LargeBodiesOnlyOnNamedPaths"/,
  ],
  'generated.webAcl.loginRateLimit': [/name: 'RateLimitLogins'/, /name="RateLimitLogins"/],
  'generated.accessLogDelivery': [/retentionInDays: |recordFields: /, /retention_in_days=|record_fields=/],
  'generated.stackRegions': [/region: '/, /region="/],
  'generated.originSecretHeader': [
    /SecretValue\.secretsManager\(|customHeaders: |new cdk\.CfnParameter\(/,
    /SecretValue\.secrets_manager\(|custom_headers=|cdk\.CfnParameter\(/,
  ],
};

describe.each([
  ['TypeScript', cdkTypeScriptTarget, 0],
  ['Python', cdkPythonTarget, 1],
] as const)('%s: the tagged line is the setting', (_, target, language) => {
  it.each(FIXTURES.map((entry) => entry.name))('%s', (name) => {
    const fixture = FIXTURES.find((entry) => entry.name === name);
    if (fixture === undefined) throw new Error(name);
    let checked = 0;
    for (const file of target.generate(deploymentFor(fixture.config))) {
      const lines = file.contents.split('\n');
      for (const { line, key } of file.explained ?? []) {
        const expected = TAGGED[key]?.[language];
        if (expected === undefined) continue;
        expect(lines[line - 1], `${file.path}:${line} ${key}`).toMatch(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
