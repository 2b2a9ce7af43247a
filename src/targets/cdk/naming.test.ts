import { describe, expect, it } from 'vitest';
import { pythonName } from './naming';

/** Names as aws-cdk-lib's Python bindings spell them (the Python API reference of each construct). */
const JSII_PYTHON_NAMES: [string, string][] = [
  ['enforceSSL', 'enforce_ssl'],
  ['enableIpv6', 'enable_ipv6'],
  ['originSslProtocols', 'origin_ssl_protocols'],
  ['webAclId', 'web_acl_id'],
  ['fromDns', 'from_dns'],
  ['allowList', 'allow_list'],
  ['withOriginAccessControl', 'with_origin_access_control'],
  ['crossRegionReferences', 'cross_region_references'],
  ['distributionArn', 'distribution_arn'],
  ['unsafeUnwrap', 'unsafe_unwrap'],
  ['logIncludesCookies', 'log_includes_cookies'],
  ['enableAcceptEncodingGzip', 'enable_accept_encoding_gzip'],
  ['function', 'function'],
  ['lambda', 'lambda_'],
];

describe("jsii's Python naming rule", () => {
  it.each(JSII_PYTHON_NAMES)('%s → %s', (name, python) => {
    expect(pythonName(name)).toBe(python);
  });
});
