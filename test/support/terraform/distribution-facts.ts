import { pascalCase } from '../../../src/model/names';
import type { BehaviorFacts, DistributionFacts, OriginFacts, PolicyFact } from '../inventory/inventory';
import {
  children,
  child,
  expression,
  flag,
  literal,
  optionalLiteral,
  reference,
  sorted,
  strings,
  type Body,
  type HclModule,
} from './hcl-module';

/** The distribution's facts from its `aws_cloudfront_distribution` block, references resolved in the module. */

function policyFact(module: HclModule, value: unknown, type: string, what: string): PolicyFact {
  const text = expression(value);
  const managed = text === null ? null : /^local\.managed_policy_ids\["([^"]+)"\]$/.exec(text)?.[1];
  if (managed !== undefined && managed !== null) {
    const ids = (module.locals.managed_policy_ids ?? {}) as Record<string, unknown>;
    return `managed:${literal(ids[managed], `managed policy ${managed}`)}`;
  }
  if (text === null) return `managed:${literal(value, what)}`;
  return `custom:${pascalCase(reference(value, type, 'id', what))}`;
}

function behaviorFacts(module: HclModule, behavior: Body): BehaviorFacts {
  const optionalPolicy = (value: unknown, type: string, what: string) =>
    value === undefined ? null : policyFact(module, value, type, what);
  return {
    pathPattern: optionalLiteral(behavior.path_pattern, 'path_pattern'),
    targetOriginId: literal(behavior.target_origin_id, 'target_origin_id'),
    viewerProtocolPolicy: literal(behavior.viewer_protocol_policy, 'viewer_protocol_policy'),
    allowedMethods: sorted(strings(behavior.allowed_methods, 'allowed_methods')),
    cachedMethods: sorted(strings(behavior.cached_methods, 'cached_methods')),
    compress: flag(behavior.compress),
    cachePolicy: policyFact(
      module,
      behavior.cache_policy_id,
      'aws_cloudfront_cache_policy',
      'cache_policy_id',
    ),
    originRequestPolicy: optionalPolicy(
      behavior.origin_request_policy_id,
      'aws_cloudfront_origin_request_policy',
      'origin_request_policy_id',
    ),
    responseHeadersPolicy: optionalPolicy(
      behavior.response_headers_policy_id,
      'aws_cloudfront_response_headers_policy',
      'response_headers_policy_id',
    ),
    functionAssociations: sorted(
      children(behavior, 'function_association').map((association) => {
        reference(association.function_arn, 'aws_cloudfront_function', 'arn', 'function association');
        return literal(association.event_type, 'event_type');
      }),
    ),
  };
}

function originFacts(module: HclModule, origin: Body): OriginFacts {
  const custom = children(origin, 'custom_origin_config')[0];
  const vpc = children(origin, 'vpc_origin_config')[0];
  const domain = expression(origin.domain_name);
  const control = origin.origin_access_control_id;
  return {
    id: literal(origin.origin_id, 'origin_id'),
    domainName:
      domain === null
        ? literal(origin.domain_name, 'origin domain_name')
        : `bucket:${pascalCase(reference(origin.domain_name, 'aws_s3_bucket', 'bucket_regional_domain_name', 'S3 origin'))}`,
    originPath: optionalLiteral(origin.origin_path, 'origin_path') ?? '',
    protocolPolicy:
      custom === undefined ? null : literal(custom.origin_protocol_policy, 'origin_protocol_policy'),
    sslProtocols:
      custom === undefined ? [] : sorted(strings(custom.origin_ssl_protocols, 'origin_ssl_protocols')),
    customHeaders: children(origin, 'custom_header')
      .map((header) => {
        const secret = expression(header.value);
        if (secret === null)
          return {
            name: literal(header.name, 'custom header name'),
            value: literal(header.value, 'custom header value'),
          };
        const data = module.body(
          'data',
          'aws_secretsmanager_secret_version',
          reference(header.value, 'data.aws_secretsmanager_secret_version', 'secret_string', 'header value'),
        );
        // The version is a deploy input: an input variable of the module, never a fixed id or stage.
        const version = expression(data.version_id);
        if (version === null || !/^(\$\{)?var\.[a-z_]+\}?$/.test(version))
          throw new Error(`The origin secret's version_id is not an input variable: ${String(version)}`);
        const value = `secretsmanager:${literal(data.secret_id, 'secret_id')}@version-input`;
        return { name: literal(header.name, 'custom header name'), value };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    vpcOrigin:
      vpc === undefined
        ? null
        : literal(
            child(
              module.body(
                'resource',
                'aws_cloudfront_vpc_origin',
                reference(vpc.vpc_origin_id, 'aws_cloudfront_vpc_origin', 'id', 'vpc_origin_id'),
              ),
              'vpc_origin_endpoint_config',
            ).name,
            'VPC origin name',
          ),
    originAccessControl:
      control === undefined
        ? null
        : literal(
            module.body(
              'resource',
              'aws_cloudfront_origin_access_control',
              reference(control, 'aws_cloudfront_origin_access_control', 'id', 'origin_access_control_id'),
            ).name,
            'OAC name',
          ),
  };
}

function certificateFact(module: HclModule, value: unknown): string {
  const text = expression(value);
  if (text === null) return `arn:${literal(value, 'acm_certificate_arn')}`;
  const validated = /^aws_acm_certificate_validation\.([A-Za-z0-9_-]+)\.certificate_arn$/.exec(text)?.[1];
  const certificate =
    validated === undefined
      ? reference(value, 'aws_acm_certificate', 'arn', 'acm_certificate_arn')
      : reference(
          module.body('resource', 'aws_acm_certificate_validation', validated).certificate_arn,
          'aws_acm_certificate',
          'arn',
          'certificate validation',
        );
  return `created:${literal(module.body('resource', 'aws_acm_certificate', certificate).domain_name, 'certificate domain')}`;
}

/** The user's ARN as written, or `created:<name>` for the ARN of the module's own web ACL. */
function webAclIdFact(module: HclModule, value: unknown): string | null {
  if (value === undefined) return null;
  if (expression(value) === null) return literal(value, 'web_acl_id');
  const label = reference(value, 'aws_wafv2_web_acl', 'arn', 'web_acl_id');
  return `created:${literal(module.body('resource', 'aws_wafv2_web_acl', label).name, 'web ACL name')}`;
}

export function distributionFacts(module: HclModule, distribution: Body): DistributionFacts {
  const certificate = child(distribution, 'viewer_certificate');
  const logging = children(distribution, 'logging_config')[0];
  const defaultBehavior = children(distribution, 'default_cache_behavior')[0];
  if (defaultBehavior === undefined) throw new Error('The distribution has no default_cache_behavior');
  return {
    aliases: sorted(strings(distribution.aliases, 'aliases')),
    comment: literal(distribution.comment, 'distribution comment'),
    priceClass: literal(distribution.price_class, 'price_class'),
    httpVersion: literal(distribution.http_version, 'http_version'),
    ipv6: flag(distribution.is_ipv6_enabled),
    minimumProtocolVersion: literal(certificate.minimum_protocol_version, 'minimum_protocol_version'),
    sslSupportMethod: literal(certificate.ssl_support_method, 'ssl_support_method'),
    certificate: certificateFact(module, certificate.acm_certificate_arn),
    webAclId: webAclIdFact(module, distribution.web_acl_id),
    logging:
      logging === undefined
        ? null
        : {
            bucket: literal(logging.bucket, 'logging bucket'),
            includeCookies: flag(logging.include_cookies),
          },
    origins: children(distribution, 'origin')
      .map((origin) => originFacts(module, origin))
      .sort((a, b) => a.id.localeCompare(b.id)),
    defaultBehavior: behaviorFacts(module, defaultBehavior),
    behaviors: children(distribution, 'ordered_cache_behavior').map((behavior) =>
      behaviorFacts(module, behavior),
    ),
  };
}
