import type { StackKey } from '../../../src/model';
import { pascalCase } from '../../../src/model/names';
import type { GeneratedFile } from '../../../src/targets/types';
import { distributionFacts } from '../terraform/distribution-facts';
import { webAclBlockFacts } from '../terraform/web-acl-facts';
import {
  child,
  children,
  expression,
  flag,
  HclModule,
  literal,
  optionalLiteral,
  reference,
  sorted,
  strings,
  type Body,
} from '../terraform/hcl-module';
import type { BucketPolicyStatementFacts, Inventory, InventoryResource } from './inventory';

/**
 * What the Terraform target's REAL .tf files would create, read with a real HCL parser: each resource block
 * becomes an inventory resource in the stack and region of its provider, references resolved to what they point
 * at, nothing taken from the model. A bucket's settings resources and the certificate's validation records are
 * facts of the bucket and the certificate.
 */

export async function terraformInventory(files: GeneratedFile[]): Promise<Inventory> {
  const module = await HclModule.read(files);
  const regions = providerRegions(module);
  const resources: InventoryResource[] = [];
  const groupNames = new Map<string, string>();
  const place = (body: Body) => {
    const provider = body.provider === undefined ? null : expression(body.provider);
    const alias = provider === null ? null : (/^aws\.(.+)$/.exec(provider)?.[1] ?? null);
    const found = regions.get(alias);
    if (found === undefined) throw new Error(`No provider aws${alias === null ? '' : `.${alias}`}`);
    return found;
  };

  for (const { body: fn } of module.each('resource', 'aws_cloudfront_function')) {
    resources.push({
      kind: 'function',
      ...place(fn),
      facts: {
        name: literal(fn.name, 'function name'),
        runtime: literal(fn.runtime, 'function runtime'),
        code: functionCode(fn.code, files),
        comment: literal(fn.comment, 'function comment'),
      },
    });
  }
  for (const { body: policy } of module.each('resource', 'aws_cloudfront_cache_policy')) {
    const parameters = child(policy, 'parameters_in_cache_key_and_forwarded_to_origin');
    const headers = child(parameters, 'headers_config');
    resources.push({
      kind: 'cache-policy',
      ...place(policy),
      facts: {
        name: literal(policy.name, 'cache policy name'),
        comment: literal(policy.comment, 'cache policy comment'),
        minTtl: Number(policy.min_ttl),
        defaultTtl: Number(policy.default_ttl),
        maxTtl: Number(policy.max_ttl),
        cookies: literal(child(parameters, 'cookies_config').cookie_behavior, 'cookie_behavior'),
        queryStrings: literal(
          child(parameters, 'query_strings_config').query_string_behavior,
          'query strings',
        ),
        headers: sorted(strings(child(headers, 'headers').items, 'headers')),
        gzip: flag(parameters.enable_accept_encoding_gzip),
        brotli: flag(parameters.enable_accept_encoding_brotli),
      },
    });
  }
  for (const { body: policy } of module.each('resource', 'aws_cloudfront_response_headers_policy')) {
    const security = child(policy, 'security_headers_config');
    const hsts = child(security, 'strict_transport_security');
    const frame = child(security, 'frame_options');
    const referrer = child(security, 'referrer_policy');
    resources.push({
      kind: 'response-headers-policy',
      ...place(policy),
      facts: {
        name: literal(policy.name, 'response headers policy name'),
        comment: literal(policy.comment, 'response headers policy comment'),
        hsts: {
          maxAge: Number(hsts.access_control_max_age_sec),
          includeSubdomains: flag(hsts.include_subdomains),
          preload: flag(hsts.preload),
          override: flag(hsts.override),
        },
        contentTypeOptions: { override: flag(child(security, 'content_type_options').override) },
        frameOptions: { option: literal(frame.frame_option, 'frame_option'), override: flag(frame.override) },
        referrerPolicy: {
          policy: literal(referrer.referrer_policy, 'referrer_policy'),
          override: flag(referrer.override),
        },
        csp: [
          ...children(security, 'content_security_policy').map((csp) => ({
            header: 'content-security-policy',
            value: literal(csp.content_security_policy, 'content_security_policy'),
            override: flag(csp.override),
          })),
          ...children(child(policy, 'custom_headers_config'), 'items').map((item) => ({
            header: literal(item.header, 'custom header').toLowerCase(),
            value: literal(item.value, 'custom header value'),
            override: flag(item.override),
          })),
        ],
      },
    });
  }
  for (const { body: control } of module.each('resource', 'aws_cloudfront_origin_access_control')) {
    resources.push({
      kind: 'origin-access-control',
      ...place(control),
      facts: {
        name: literal(control.name, 'OAC name'),
        originType: literal(control.origin_access_control_origin_type, 'OAC origin type'),
        signingBehavior: literal(control.signing_behavior, 'OAC signing behavior'),
        signingProtocol: literal(control.signing_protocol, 'OAC signing protocol'),
      },
    });
  }
  for (const { name, body: bucket } of module.each('resource', 'aws_s3_bucket')) {
    resources.push({ kind: 'bucket', ...place(bucket), facts: bucketFacts(module, name, bucket) });
  }
  for (const { body: policy } of module.each('resource', 'aws_s3_bucket_policy')) {
    const bucket = reference(policy.bucket, 'aws_s3_bucket', 'id', 'bucket policy bucket');
    const document = reference(policy.policy, 'data.aws_iam_policy_document', 'json', 'bucket policy');
    resources.push({
      kind: 'bucket-policy',
      ...place(policy),
      facts: {
        bucket: pascalCase(bucket),
        statements: children(module.body('data', 'aws_iam_policy_document', document), 'statement').map(
          (statement) => statementFacts(statement, bucket),
        ),
      },
    });
  }
  for (const { body: permission } of module.each('resource', 'aws_lambda_permission')) {
    reference(permission.source_arn, 'aws_cloudfront_distribution', 'arn', 'lambda permission source_arn');
    resources.push({
      kind: 'lambda-permission',
      ...place(permission),
      facts: {
        action: literal(permission.action, 'lambda permission action'),
        functionName: literal(permission.function_name, 'lambda permission function'),
        principal: literal(permission.principal, 'lambda permission principal'),
        sourceArn: 'distribution',
        functionUrlAuthType: optionalLiteral(permission.function_url_auth_type, 'function_url_auth_type'),
        invokedViaFunctionUrl: flag(permission.invoked_via_function_url),
      },
    });
  }
  for (const { name, body: certificate } of module.each('resource', 'aws_acm_certificate')) {
    if (literal(certificate.validation_method, 'validation_method') !== 'DNS')
      throw new Error(`aws_acm_certificate.${name} is not DNS-validated`);
    resources.push({
      kind: 'certificate',
      ...place(certificate),
      facts: {
        domainName: literal(certificate.domain_name, 'certificate domain'),
        subjectAlternativeNames: sorted(strings(certificate.subject_alternative_names, 'SANs')),
        validation: 'DNS',
        hostedZoneId: validationZone(module, name),
      },
    });
  }
  for (const { body: record } of module.each('resource', 'aws_route53_record')) {
    const alias = children(record, 'alias')[0];
    if (alias === undefined) continue; // certificate validation records: part of the certificate
    reference(alias.name, 'aws_cloudfront_distribution', 'domain_name', 'alias record target');
    resources.push({
      kind: 'dns-record',
      ...place(record),
      facts: {
        name: literal(record.name, 'record name'),
        type: literal(record.type, 'record type'),
        aliasTarget: 'distribution',
        hostedZoneId: literal(record.zone_id, 'record zone'),
      },
    });
  }
  for (const { body: vpcOrigin } of module.each('resource', 'aws_cloudfront_vpc_origin')) {
    const config = child(vpcOrigin, 'vpc_origin_endpoint_config');
    const ssl = child(config, 'origin_ssl_protocols');
    const protocols = sorted(strings(ssl.items, 'origin_ssl_protocols items'));
    if (Number(ssl.quantity) !== protocols.length) throw new Error('origin_ssl_protocols quantity is wrong');
    resources.push({
      kind: 'vpc-origin',
      ...place(vpcOrigin),
      facts: {
        name: literal(config.name, 'VPC origin name'),
        arn: literal(config.arn, 'VPC origin arn'),
        protocolPolicy: literal(config.origin_protocol_policy, 'origin_protocol_policy'),
        httpPort: Number(config.http_port),
        httpsPort: Number(config.https_port),
        sslProtocols: protocols,
      },
    });
  }
  for (const { body: rule } of module.each('resource', 'aws_vpc_security_group_ingress_rule')) {
    const list = module.body(
      'data',
      'aws_ec2_managed_prefix_list',
      reference(rule.prefix_list_id, 'data.aws_ec2_managed_prefix_list', 'id', 'prefix_list_id'),
    );
    const where = place(rule);
    if (JSON.stringify(place(list)) !== JSON.stringify(where))
      throw new Error('The prefix list is looked up in another region than the rule is made in');
    resources.push({
      kind: 'security-group-ingress',
      ...where,
      facts: {
        securityGroupId: literal(rule.security_group_id, 'security_group_id'),
        description: optionalLiteral(rule.description, 'description') ?? '',
        protocol: literal(rule.ip_protocol, 'ip_protocol'),
        fromPort: Number(rule.from_port),
        toPort: Number(rule.to_port),
        prefixList: literal(list.name, 'prefix list name'),
      },
    });
  }
  for (const { name, body: group } of module.each('resource', 'aws_cloudwatch_log_group')) {
    groupNames.set(name, literal(group.name, 'log group name'));
    resources.push({
      kind: 'log-group',
      ...place(group),
      facts: {
        name: literal(group.name, 'log group name'),
        retentionDays: Number(group.retention_in_days),
      },
    });
  }
  for (const { body: source } of module.each('resource', 'aws_cloudwatch_log_delivery_source')) {
    reference(source.resource_arn, 'aws_cloudfront_distribution', 'arn', 'delivery source');
    resources.push({
      kind: 'log-delivery-source',
      ...place(source),
      facts: {
        name: literal(source.name, 'delivery source name'),
        logType: literal(source.log_type, 'log_type'),
        resource: 'distribution',
      },
    });
  }
  for (const { body: destination } of module.each('resource', 'aws_cloudwatch_log_delivery_destination')) {
    const group = reference(
      child(destination, 'delivery_destination_configuration').destination_resource_arn,
      'aws_cloudwatch_log_group',
      'arn',
      'delivery destination',
    );
    resources.push({
      kind: 'log-delivery-destination',
      ...place(destination),
      facts: {
        name: literal(destination.name, 'delivery destination name'),
        outputFormat: literal(destination.output_format, 'output_format'),
        destination: `log-group:${groupNames.get(group) ?? group}`,
      },
    });
  }
  for (const { body: delivery } of module.each('resource', 'aws_cloudwatch_log_delivery')) {
    const source = reference(
      delivery.delivery_source_name,
      'aws_cloudwatch_log_delivery_source',
      'name',
      'delivery',
    );
    const destination = reference(
      delivery.delivery_destination_arn,
      'aws_cloudwatch_log_delivery_destination',
      'arn',
      'delivery',
    );
    resources.push({
      kind: 'log-delivery',
      ...place(delivery),
      facts: {
        source: literal(module.body('resource', 'aws_cloudwatch_log_delivery_source', source).name, 'source'),
        destination: literal(
          module.body('resource', 'aws_cloudwatch_log_delivery_destination', destination).name,
          'destination',
        ),
        recordFields: sorted(strings(delivery.record_fields, 'record_fields')),
      },
    });
  }
  for (const { body: webAcl } of module.each('resource', 'aws_wafv2_web_acl'))
    resources.push({ ...webAclBlockFacts(webAcl), ...place(webAcl) });
  for (const { body: distribution } of module.each('resource', 'aws_cloudfront_distribution')) {
    resources.push({
      kind: 'distribution',
      ...place(distribution),
      facts: distributionFacts(module, distribution),
    });
  }
  return { resources, outputs: sorted(module.outputs.map(pascalCase)) };
}

/** Provider alias (null: the default provider) → its stack and region; an alias names its stack in snake_case. */
function providerRegions(module: HclModule): Map<string | null, { stack: StackKey; region: string }> {
  const regions = new Map<string | null, { stack: StackKey; region: string }>();
  for (const provider of module.providers) {
    const alias = optionalLiteral(provider.alias, 'provider alias');
    const stack = alias === null ? 'main' : alias.replaceAll('_', '-');
    if (stack !== 'main' && stack !== 'origin-region')
      throw new Error(`Provider alias ${alias} names no stack`);
    if (regions.has(alias))
      throw new Error(`Provider aws${alias === null ? '' : `.${alias}`} is declared twice`);
    regions.set(alias, { stack, region: literal(provider.region, 'provider region') });
  }
  return regions;
}

function functionCode(value: unknown, files: GeneratedFile[]): string {
  const match = /^\$\{file\("\$\{path\.module\}\/([^"]+)"\)\}$/.exec(typeof value === 'string' ? value : '');
  const file = files.find((candidate) => candidate.path.endsWith(`/${match?.[1] ?? '?'}`));
  if (file === undefined) throw new Error(`The function code ${String(value)} is not a generated file`);
  return file.contents;
}

function bucketFacts(module: HclModule, name: string, bucket: Body) {
  const encryption = module.settingsOf('aws_s3_bucket_server_side_encryption_configuration', name);
  const algorithm = child(
    child(encryption ?? {}, 'rule'),
    'apply_server_side_encryption_by_default',
  ).sse_algorithm;
  if (algorithm !== 'AES256') throw new Error(`aws_s3_bucket.${name} has no SSE-S3 (AES256) encryption`);
  const block = module.settingsOf('aws_s3_bucket_public_access_block', name) ?? {};
  const ownership = module.settingsOf('aws_s3_bucket_ownership_controls', name);
  return {
    key: pascalCase(name),
    encryption: 'SSE-S3' as const,
    blockPublicAccess: [
      'block_public_acls',
      'block_public_policy',
      'ignore_public_acls',
      'restrict_public_buckets',
    ].every((setting) => block[setting] === true),
    objectOwnership:
      optionalLiteral(child(ownership ?? {}, 'rule').object_ownership, 'object_ownership') ?? '(none)',
    retainOnDelete: flag(child(bucket, 'lifecycle').prevent_destroy),
  };
}

function statementFacts(statement: Body, bucket: string): BucketPolicyStatementFacts {
  const arn = `aws_s3_bucket.${bucket}.arn`;
  const resources = ((statement.resources ?? []) as unknown[]).map((resource) => {
    if (resource === `\${${arn}}`) return 'bucket';
    if (resource === `\${${arn}}/*`) return 'objects';
    throw new Error(`Statement resource ${String(resource)} is not bucket ${bucket}`);
  });
  const principals = children(statement, 'principals');
  const principal = principals[0];
  if (principal === undefined || principals.length !== 1) throw new Error('Expected one principals block');
  const type = literal(principal.type, 'principal type');
  const identifiers = strings(principal.identifiers, 'principal identifiers');
  const conditions = children(statement, 'condition');
  const condition = conditions[0];
  if (condition === undefined || conditions.length !== 1) throw new Error('Expected one condition block');
  const values = (condition.values ?? []) as unknown[];
  const value = values.map((item) =>
    /^aws_cloudfront_distribution\.[A-Za-z0-9_-]+\.arn$/.test(expression(item) ?? '')
      ? 'distribution'
      : literal(item, 'condition value'),
  );
  return {
    effect:
      statement.effect === undefined ? 'Allow' : (literal(statement.effect, 'effect') as 'Allow' | 'Deny'),
    principal:
      type === '*' && identifiers.join() === '*'
        ? '*'
        : type === 'Service'
          ? identifiers.map((identifier) => `service:${identifier}`).join(',')
          : `${type}:${identifiers.join(',')}`,
    actions: sorted(strings(statement.actions, 'actions')),
    resources: sorted(resources),
    condition: `${literal(condition.test, 'condition test')} ${literal(condition.variable, 'condition variable')}=${value.join(',')}`,
  };
}

/** The zone of the validation records that iterate over this certificate's validation options. */
function validationZone(module: HclModule, certificate: string): string {
  const records = module.each('resource', 'aws_route53_record').map(({ body }) => body);
  const record = records.find(
    (candidate) =>
      typeof candidate.for_each === 'string' &&
      candidate.for_each.includes(`aws_acm_certificate.${certificate}.domain_validation_options`),
  );
  if (record === undefined) throw new Error(`No validation records for aws_acm_certificate.${certificate}`);
  return literal(record.zone_id, 'validation zone');
}
