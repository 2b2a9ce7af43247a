import {
  ALLOWED_METHOD_LISTS,
  type BehaviorPlan,
  type Deployment,
  type OriginPlan,
  type OriginSecretPlan,
} from '../../model';
import { snakeCase } from '../../model/names';
import { explained } from '../emit/explained';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { hclString } from '../emit/hcl';
import { LABELS, providerArgument, stackInRegion } from './names';
import { policyId } from './policies-tf';
import { vpcOriginAddress } from './private-origin-tf';

/** The distribution and the secret it sends to the app origin (main.tf). */

const SECRET_VALUE = `data.aws_secretsmanager_secret_version.${LABELS.originSecret}.secret_string`;

/**
 * The origin secret's value, read from AWS Secrets Manager when Terraform plans (never written in a file), at the
 * version the deploy names: a rotation's plan passes the new version id, so the distribution changes exactly then
 * (and not at any plan that happens to run after a new value was put). The provider marks the value sensitive,
 * so plans do not show it, but the state holds it: README.md says how to keep it.
 */
export function originSecretBlock(deployment: Deployment, secret: OriginSecretPlan): HclItem[] {
  return [
    comment(
      `The value CloudFront sends in ${secret.headerName}, from Secrets Manager (stored in the state).`,
    ),
    block(
      'data',
      ['aws_secretsmanager_secret_version', LABELS.originSecret],
      attributes({
        provider: providerArgument(stackInRegion(deployment, secret.secretRegion)),
        secret_id: secret.secretName,
        version_id: expr(`var.${secret.versionId.variable}`),
      }),
      ['generated.originSecretHeader'],
    ),
  ];
}

/** variables.tf: the one input, the version id of the origin secret (not secret itself: it names a version). */
export function originSecretVersionVariable(secret: OriginSecretPlan): HclItem[] {
  return [
    block(
      'variable',
      [secret.versionId.variable],
      [
        ...attributes({ type: expr('string'), description: secret.versionId.description }),
        block(
          'validation',
          [],
          attributes({
            condition: expr(
              `can(regex(${hclString(secret.versionId.pattern)}, var.${secret.versionId.variable}))`,
            ),
            error_message: 'A Secrets Manager version id has 32 to 64 letters, digits and hyphens.',
          }),
        ),
      ],
      ['generated.originSecretHeader'],
    ),
  ];
}

function behaviorBody(deployment: Deployment, behavior: BehaviorPlan): HclItem[] {
  return [
    ...attributes({
      path_pattern: behavior.pathPattern ?? undefined,
      target_origin_id: behavior.originId,
      viewer_protocol_policy: explained('generated.viewerProtocolPolicy', behavior.viewerProtocolPolicy),
      allowed_methods: explained('generated.allowedMethods', ALLOWED_METHOD_LISTS[behavior.allowedMethods]),
      cached_methods: ALLOWED_METHOD_LISTS[behavior.cachedMethods],
      compress: behavior.compress,
      cache_policy_id: policyId('cache', behavior.cachePolicy),
      origin_request_policy_id:
        behavior.originRequestPolicy === null
          ? undefined
          : policyId('originRequest', behavior.originRequestPolicy),
      response_headers_policy_id:
        behavior.responseHeadersPolicy === null
          ? undefined
          : policyId('responseHeaders', behavior.responseHeadersPolicy),
    }),
    ...(behavior.viewerRequestFunction && deployment.viewerRequestFunction !== null
      ? [
          block(
            'function_association',
            [],
            attributes({
              event_type: 'viewer-request',
              function_arn: expr(`aws_cloudfront_function.${LABELS.function}.arn`),
            }),
            ['generated.forwardedHostFunction'],
          ),
        ]
      : []),
  ];
}

function originBlock(deployment: Deployment, origin: OriginPlan): HclItem {
  if (origin.kind === 's3') {
    return block(
      'origin',
      [],
      attributes({
        origin_id: origin.id,
        domain_name: expr(`aws_s3_bucket.${snakeCase(origin.bucket)}.bucket_regional_domain_name`),
        origin_access_control_id: expr(
          `aws_cloudfront_origin_access_control.${snakeCase(origin.originAccessControl)}.id`,
        ),
      }),
      ['generated.s3FilesOrigin'],
    );
  }
  const secret = origin.secretHeader ? deployment.originSecret : null;
  const secretHeader =
    secret === null
      ? []
      : [
          block('custom_header', [], attributes({ name: secret.headerName, value: expr(SECRET_VALUE) }), [
            'generated.originSecretHeader',
          ]),
        ];
  if (origin.kind === 'vpc') {
    const vpc = deployment.privateOrigin?.vpcOrigin;
    if (vpc === undefined)
      throw new Error('The app origin goes through a VPC origin the deployment does not have');
    return block(
      'origin',
      [],
      [
        ...attributes({
          origin_id: origin.id,
          domain_name: origin.domainName,
          origin_path: origin.originPath === '' ? undefined : origin.originPath,
        }),
        block('vpc_origin_config', [], attributes({ vpc_origin_id: expr(`${vpcOriginAddress(vpc)}.id`) }), [
          'generated.vpcOrigin',
        ]),
        ...origin.fixedHeaders.map((header) =>
          block('custom_header', [], attributes({ name: header.name, value: header.value }), [
            'generated.viewerProtoHeader',
          ]),
        ),
        ...secretHeader,
      ],
    );
  }
  return block(
    'origin',
    [],
    [
      ...attributes({
        origin_id: origin.id,
        domain_name:
          origin.describedBy === null ? origin.domainName : explained(origin.describedBy, origin.domainName),
        origin_path: origin.originPath === '' ? undefined : origin.originPath,
        origin_access_control_id:
          origin.originAccessControl === null
            ? undefined
            : explained(
                'generated.lambdaOriginAccessControl',
                expr(`aws_cloudfront_origin_access_control.${snakeCase(origin.originAccessControl)}.id`),
              ),
      }),
      block(
        'custom_origin_config',
        [],
        attributes({
          // Required by the provider even though the origin is only reached over HTTPS.
          http_port: origin.httpPort,
          https_port: origin.httpsPort,
          origin_protocol_policy: origin.protocolPolicy,
          origin_ssl_protocols: origin.sslProtocols,
        }),
        ['generated.originProtocol'],
      ),
      ...secretHeader,
    ],
  );
}

function certificateArn(deployment: Deployment) {
  const { certificate } = deployment;
  if (certificate.kind === 'existing') return explained('generated.certificate.existing', certificate.arn);
  return explained(
    'generated.certificate.dnsValidated',
    expr(`aws_acm_certificate_validation.${LABELS.certificate}.certificate_arn`),
  );
}

/** The web ACL by ARN (a WAFv2 web ACL is named by its ARN, not its ID): the user's, or the created one's. */
function webAclId(deployment: Deployment) {
  const webAcl = deployment.webAcl;
  if (webAcl === null) return undefined;
  if (webAcl.kind === 'existing') return explained('generated.webAcl', webAcl.arn);
  return explained('generated.webAcl.created', expr(`aws_wafv2_web_acl.${LABELS.webAcl}.arn`));
}

export function distributionBlock(deployment: Deployment): HclItem[] {
  const plan = deployment.distribution;
  return [
    block(
      'resource',
      ['aws_cloudfront_distribution', LABELS.distribution],
      [
        ...attributes({
          provider: providerArgument(plan.stack),
          enabled: true,
          comment: plan.comment,
          aliases: explained('generated.aliases', plan.aliases),
          price_class: explained('generated.priceClass', plan.priceClass),
          http_version: explained('generated.httpVersion', plan.httpVersion),
          is_ipv6_enabled: explained('generated.ipv6', plan.ipv6),
          web_acl_id: webAclId(deployment),
        }),
        ...plan.origins.map((origin) => originBlock(deployment, origin)),
        block('default_cache_behavior', [], behaviorBody(deployment, plan.defaultBehavior)),
        ...plan.additionalBehaviors.map((behavior) =>
          block('ordered_cache_behavior', [], behaviorBody(deployment, behavior), [
            'generated.filesBehaviour',
          ]),
        ),
        block('restrictions', [], [block('geo_restriction', [], attributes({ restriction_type: 'none' }))]),
        block(
          'viewer_certificate',
          [],
          attributes({
            acm_certificate_arn: certificateArn(deployment),
            ssl_support_method: plan.sslSupportMethod,
            minimum_protocol_version: explained('generated.minimumTlsVersion', plan.minimumTlsVersion),
          }),
        ),
        ...(plan.logging === null
          ? []
          : [
              block(
                'logging_config',
                [],
                attributes({
                  bucket: plan.logging.bucketDomainName,
                  include_cookies: plan.logging.includeCookies,
                }),
                ['generated.logging'],
              ),
            ]),
      ],
    ),
  ];
}
