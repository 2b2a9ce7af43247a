import type { BehaviorPlan, Deployment, GeneratedKey, OriginPlan, PolicyRef } from '../../model';
import {
  ALLOWED_METHODS,
  HTTP_VERSIONS,
  ORIGIN_SSL_PROTOCOLS,
  PRICE_CLASSES,
  TLS_VERSIONS,
} from './enum-members';
import {
  array,
  attribute,
  bool,
  member,
  newObject,
  num,
  prop,
  props,
  ref,
  staticCall,
  str,
  struct,
  type CdkProp,
  type CdkStatement,
  type CdkValue,
} from './graph';
import { vpcAppOriginStatement } from './build-private-origin';
import { webAclIdProp } from './build-web-acl';
import { VARIABLES, bucketVariable, oacVariable, originVariable } from './variables';

/** The app origin (HTTPS only, the secret header, the Lambda OAC) or an S3 bucket through its OAC. */
export function originStatement(deployment: Deployment, origin: OriginPlan): CdkStatement {
  if (origin.kind === 's3') {
    return {
      kind: 'value',
      name: originVariable(origin.id),
      value: staticCall(
        'origins',
        'S3BucketOrigin',
        'withOriginAccessControl',
        [ref(bucketVariable(origin.bucket))],
        [
          prop('originId', str(origin.id)),
          prop(
            'originAccessControl',
            ref(oacVariable(origin.originAccessControl)),
            'generated.s3FilesOrigin',
          ),
        ],
      ),
      keys: ['generated.s3FilesOrigin', 'generated.bucketPolicy'],
      comment: 'Adds the bucket policy statement that lets only this distribution read, through the OAC.',
    };
  }
  if (origin.kind === 'vpc') {
    const vpc = deployment.privateOrigin?.vpcOrigin;
    if (vpc === undefined)
      throw new Error('The app origin goes through a VPC origin the deployment does not have');
    return vpcAppOriginStatement(deployment, origin, vpc);
  }
  const secret = deployment.originSecret;
  return {
    kind: 'value',
    name: originVariable(origin.id),
    value: newObject(
      'origins',
      'HttpOrigin',
      [str(origin.domainName)],
      props(
        prop('originId', str(origin.id)),
        prop(
          'protocolPolicy',
          member('cloudfront', 'OriginProtocolPolicy', 'HTTPS_ONLY'),
          'generated.originProtocol',
        ),
        prop(
          'originSslProtocols',
          array(
            origin.sslProtocols.map((protocol) =>
              member('cloudfront', 'OriginSslPolicy', ORIGIN_SSL_PROTOCOLS[protocol]),
            ),
          ),
        ),
        prop('httpsPort', num(origin.httpsPort)),
        prop('httpPort', num(origin.httpPort)),
        origin.originPath !== '' && prop('originPath', str(origin.originPath)),
        origin.secretHeader &&
          secret !== null &&
          prop(
            'customHeaders',
            { kind: 'map', entries: [prop(secret.headerName, ref(VARIABLES.secret))] },
            'generated.originSecretHeader',
          ),
        origin.originAccessControl !== null &&
          prop(
            'originAccessControlId',
            attribute(oacVariable(origin.originAccessControl), 'originAccessControlId'),
            'generated.lambdaOriginAccessControl',
          ),
      ),
    ),
    keys: origin.describedBy === null ? [] : [origin.describedBy],
  };
}

function policyValue(
  ref_: PolicyRef,
  type: 'CachePolicy' | 'OriginRequestPolicy' | 'ResponseHeadersPolicy',
): CdkValue {
  if (ref_.kind === 'managed') return member('cloudfront', type, ref_.policy.cdkMember);
  return ref(
    type === 'CachePolicy' ? VARIABLES.cachePolicy(ref_.key) : VARIABLES.responseHeadersPolicy(ref_.key),
  );
}

function policyKeys(ref_: PolicyRef, type: 'cache' | 'request' | 'response'): GeneratedKey[] {
  if (type === 'response')
    return [
      ref_.kind === 'managed' ? 'generated.securityHeaders.managed' : 'generated.securityHeaders.custom',
    ];
  if (ref_.kind !== 'managed') return ['generated.cachePolicy.dynamicPages'];
  const key = ref_.policy.key;
  if (type === 'cache') return key === 'cachingDisabled' ? ['generated.cachePolicy.cachingDisabled'] : [];
  if (key === 'allViewerExceptHostHeader') return ['generated.originRequestPolicy.allViewerExceptHostHeader'];
  if (key === 'allViewer') return ['generated.originRequestPolicy.allViewer'];
  return [];
}

function behaviorValue(behavior: BehaviorPlan): CdkValue {
  return struct(
    'cloudfront',
    'BehaviorOptions',
    props(
      prop('origin', ref(originVariable(behavior.originId))),
      prop(
        'viewerProtocolPolicy',
        member('cloudfront', 'ViewerProtocolPolicy', 'REDIRECT_TO_HTTPS'),
        'generated.viewerProtocolPolicy',
      ),
      prop(
        'allowedMethods',
        member('cloudfront', 'AllowedMethods', ALLOWED_METHODS[behavior.allowedMethods]),
        'generated.allowedMethods',
      ),
      prop('cachedMethods', member('cloudfront', 'CachedMethods', 'CACHE_GET_HEAD')),
      prop('compress', bool(behavior.compress)),
      prop(
        'cachePolicy',
        policyValue(behavior.cachePolicy, 'CachePolicy'),
        ...policyKeys(behavior.cachePolicy, 'cache'),
      ),
      behavior.originRequestPolicy !== null &&
        prop(
          'originRequestPolicy',
          policyValue(behavior.originRequestPolicy, 'OriginRequestPolicy'),
          ...policyKeys(behavior.originRequestPolicy, 'request'),
        ),
      behavior.responseHeadersPolicy !== null &&
        prop(
          'responseHeadersPolicy',
          policyValue(behavior.responseHeadersPolicy, 'ResponseHeadersPolicy'),
          ...policyKeys(behavior.responseHeadersPolicy, 'response'),
        ),
      behavior.viewerRequestFunction &&
        prop(
          'functionAssociations',
          array([
            struct('cloudfront', 'FunctionAssociation', [
              prop('function', ref(VARIABLES.function)),
              prop('eventType', member('cloudfront', 'FunctionEventType', 'VIEWER_REQUEST')),
            ]),
          ]),
          'generated.forwardedHostFunction',
        ),
    ),
  );
}

/** The existing log bucket, named by its global endpoint as CloudFront's logging configuration wants it. */
export function logBucketStatement(
  logging: NonNullable<Deployment['distribution']['logging']>,
): CdkStatement {
  return {
    kind: 'value',
    name: VARIABLES.logBucket,
    value: staticCall(
      's3',
      'Bucket',
      'fromBucketAttributes',
      [{ kind: 'scope' }, str('AccessLogBucket')],
      [
        prop('bucketName', str(logging.bucket)),
        prop('bucketRegionalDomainName', str(logging.bucketDomainName)),
      ],
    ),
    keys: ['generated.logging'],
  };
}

export function distributionStatement(deployment: Deployment): CdkStatement {
  const plan = deployment.distribution;
  const certificateKey: GeneratedKey =
    deployment.certificate.kind === 'existing'
      ? 'generated.certificate.existing'
      : 'generated.certificate.dnsValidated';
  const additional: CdkProp[] = plan.additionalBehaviors.map((behavior) =>
    prop(behavior.pathPattern, behaviorValue(behavior), 'generated.filesBehaviour'),
  );
  return {
    kind: 'construct',
    name: VARIABLES.distribution,
    module: 'cloudfront',
    type: 'Distribution',
    id: 'Distribution',
    props: props(
      prop('comment', str(plan.comment)),
      prop('domainNames', array(plan.aliases.map(str)), 'generated.aliases'),
      prop('certificate', ref(VARIABLES.certificate), certificateKey),
      prop('sslSupportMethod', member('cloudfront', 'SSLMethod', 'SNI')),
      prop(
        'minimumProtocolVersion',
        member('cloudfront', 'SecurityPolicyProtocol', TLS_VERSIONS[plan.minimumTlsVersion]),
        'generated.minimumTlsVersion',
      ),
      prop(
        'priceClass',
        member('cloudfront', 'PriceClass', PRICE_CLASSES[plan.priceClass]),
        'generated.priceClass',
      ),
      prop(
        'httpVersion',
        member('cloudfront', 'HttpVersion', HTTP_VERSIONS[plan.httpVersion]),
        'generated.httpVersion',
      ),
      prop('enableIpv6', bool(plan.ipv6), 'generated.ipv6'),
      webAclIdProp(deployment.webAcl),
      plan.logging !== null && prop('enableLogging', bool(true), 'generated.logging'),
      plan.logging !== null && prop('logBucket', ref(VARIABLES.logBucket), 'generated.logging'),
      plan.logging !== null &&
        prop('logIncludesCookies', bool(plan.logging.includeCookies), 'generated.logging'),
      prop('defaultBehavior', behaviorValue(plan.defaultBehavior)),
      additional.length > 0 &&
        prop('additionalBehaviors', { kind: 'map', entries: additional }, 'generated.filesBehaviour'),
    ),
    keys: [],
  };
}
