import type { Deployment } from './deployment';

/** The kinds of target a generated setting can appear in (each registered target has one kind). */
export type TargetKind = 'function' | 'infrastructure' | 'application';

/**
 * Every generated setting the wizard explains, with the kinds of target that print it. A target's writer tags
 * the line that carries each key; a test fails when a key that applies to a deployment is missing from any
 * target of a kind listed here. The texts live in knowledge/, keyed by these names.
 */
export const GENERATED_KEYS = {
  'generated.forwardedHostFunction': ['function', 'infrastructure'],
  'generated.functionRuntime': ['infrastructure'],
  'generated.originRequestPolicy.allViewerExceptHostHeader': ['infrastructure'],
  'generated.originRequestPolicy.allViewer': ['infrastructure'],
  'generated.cachePolicy.cachingDisabled': ['infrastructure'],
  'generated.cachePolicy.dynamicPages': ['infrastructure'],
  'generated.cacheKey': ['infrastructure'],
  'generated.originProtocol': ['infrastructure'],
  'generated.originSecretHeader': ['infrastructure', 'application'],
  'generated.lambdaOriginAccessControl': ['infrastructure'],
  'generated.lambdaInvokePermission': ['infrastructure'],
  'generated.allowedMethods': ['infrastructure'],
  'generated.viewerProtocolPolicy': ['infrastructure'],
  'generated.aliases': ['infrastructure'],
  'generated.certificate.existing': ['infrastructure'],
  'generated.certificate.dnsValidated': ['infrastructure'],
  'generated.minimumTlsVersion': ['infrastructure'],
  'generated.httpVersion': ['infrastructure'],
  'generated.ipv6': ['infrastructure'],
  'generated.priceClass': ['infrastructure'],
  'generated.filesBehaviour': ['infrastructure'],
  'generated.s3FilesOrigin': ['infrastructure'],
  'generated.bucketPolicy': ['infrastructure'],
  'generated.securityHeaders.managed': ['infrastructure'],
  'generated.securityHeaders.custom': ['infrastructure'],
  'generated.securityHeaders.csp': ['infrastructure'],
  'generated.dnsRecords': ['infrastructure'],
  'generated.webAcl': ['infrastructure'],
  'generated.webAcl.created': ['infrastructure'],
  'generated.webAcl.managedRuleGroups': ['infrastructure'],
  'generated.webAcl.largeBodies': ['infrastructure'],
  'generated.webAcl.loginRateLimit': ['infrastructure'],
  'generated.logging': ['infrastructure'],
  'generated.accessLogDelivery': ['infrastructure'],
  'generated.stackRegions': ['infrastructure'],
  'generated.vpcOrigin': ['infrastructure'],
  'generated.vpcOriginProtocol.https': ['infrastructure'],
  'generated.vpcOriginProtocol.http': ['infrastructure'],
  'generated.viewerProtoHeader': ['infrastructure'],
  'generated.originSecurityGroupIngress': ['infrastructure'],
  'generated.ecsExpressOrigin': ['infrastructure'],
  'generated.django.allowedHosts': ['application'],
  'generated.django.useXForwardedHost': ['application'],
  'generated.django.secureProxySslHeader': ['application'],
  'generated.django.csrfTrustedOrigins': ['application'],
  'generated.django.sessionCookieSecure': ['application'],
  'generated.django.csrfCookieSecure': ['application'],
  'generated.django.secureSslRedirect': ['application'],
  'generated.django.hsts': ['application'],
  'generated.django.csp': ['application'],
  'generated.django.silencedChecks': ['application'],
} as const satisfies Record<string, readonly TargetKind[]>;

export type GeneratedKey = keyof typeof GENERATED_KEYS;
export const GENERATED_KEY_LIST = Object.keys(GENERATED_KEYS) as GeneratedKey[];

/** The generated settings this deployment has, decided from the model (not from any target's output). */
export function generatedKeysOf(deployment: Deployment): Set<GeneratedKey> {
  const keys = new Set<GeneratedKey>([
    'generated.allowedMethods',
    'generated.viewerProtocolPolicy',
    'generated.aliases',
    'generated.minimumTlsVersion',
    'generated.httpVersion',
    'generated.ipv6',
    'generated.priceClass',
    'generated.stackRegions',
    'generated.django.allowedHosts',
    'generated.django.useXForwardedHost',
    'generated.django.secureProxySslHeader',
    'generated.django.csrfTrustedOrigins',
    'generated.django.sessionCookieSecure',
    'generated.django.csrfCookieSecure',
    'generated.django.secureSslRedirect',
    'generated.django.hsts',
  ]);
  const { distribution } = deployment;
  const behaviors = [distribution.defaultBehavior, ...distribution.additionalBehaviors];
  if (deployment.viewerRequestFunction !== null) {
    keys.add('generated.forwardedHostFunction');
    keys.add('generated.functionRuntime');
  }
  for (const behavior of behaviors) {
    const request = behavior.originRequestPolicy;
    if (request?.kind === 'managed' && request.policy.key === 'allViewerExceptHostHeader')
      keys.add('generated.originRequestPolicy.allViewerExceptHostHeader');
    if (request?.kind === 'managed' && request.policy.key === 'allViewer')
      keys.add('generated.originRequestPolicy.allViewer');
    const response = behavior.responseHeadersPolicy;
    if (response?.kind === 'managed') keys.add('generated.securityHeaders.managed');
    if (response?.kind === 'custom') keys.add('generated.securityHeaders.custom');
  }
  const defaultCache = distribution.defaultBehavior.cachePolicy;
  if (defaultCache.kind === 'managed' && defaultCache.policy.key === 'cachingDisabled')
    keys.add('generated.cachePolicy.cachingDisabled');
  if (deployment.cachePolicies.length > 0) {
    keys.add('generated.cachePolicy.dynamicPages');
    keys.add('generated.cacheKey');
  }
  if (distribution.additionalBehaviors.length > 0) keys.add('generated.filesBehaviour');
  if (deployment.buckets.length > 0) {
    keys.add('generated.s3FilesOrigin');
    keys.add('generated.bucketPolicy');
  }
  if (deployment.originSecret !== null) keys.add('generated.originSecretHeader');
  if (deployment.lambdaPermissions.length > 0) {
    keys.add('generated.lambdaOriginAccessControl');
    keys.add('generated.lambdaInvokePermission');
  }
  keys.add(
    deployment.certificate.kind === 'existing'
      ? 'generated.certificate.existing'
      : 'generated.certificate.dnsValidated',
  );
  if (deployment.dnsRecords.length > 0) keys.add('generated.dnsRecords');
  for (const key of appOriginKeys(deployment)) keys.add(key);
  const webAcl = deployment.webAcl;
  if (webAcl?.kind === 'existing') keys.add('generated.webAcl');
  if (webAcl?.kind === 'created') {
    keys.add('generated.webAcl.created');
    for (const rule of webAcl.rules) keys.add(rule.describedBy);
  }
  if (distribution.logging !== null) keys.add('generated.logging');
  if (deployment.accessLogDelivery !== null) keys.add('generated.accessLogDelivery');
  if (deployment.django.silencedChecks.length > 0) keys.add('generated.django.silencedChecks');
  if ((deployment.responseHeadersPolicy?.csp ?? null) !== null) keys.add('generated.securityHeaders.csp');
  if (deployment.django.csp !== null) keys.add('generated.django.csp');
  return keys;
}

/** The keys of the origin Django is behind: its connection, and what its type needs explained. */
function appOriginKeys(deployment: Deployment): GeneratedKey[] {
  const keys: GeneratedKey[] = [];
  for (const origin of deployment.distribution.origins) {
    if (origin.kind === 'custom') {
      keys.push('generated.originProtocol');
      if (origin.describedBy !== null) keys.push(origin.describedBy);
    }
    if (origin.kind === 'vpc' && origin.fixedHeaders.length > 0) keys.push('generated.viewerProtoHeader');
  }
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin !== null) {
    keys.push(
      'generated.vpcOrigin',
      privateOrigin.vpcOrigin.protocolPolicy === 'https-only'
        ? 'generated.vpcOriginProtocol.https'
        : 'generated.vpcOriginProtocol.http',
    );
    if (privateOrigin.ingress !== null) keys.push('generated.originSecurityGroupIngress');
  }
  return keys;
}

/** The keys of one kind of target that apply to this deployment: what that target must tag. */
export function generatedKeysFor(deployment: Deployment, kind: TargetKind): GeneratedKey[] {
  return [...generatedKeysOf(deployment)].filter((key) =>
    (GENERATED_KEYS[key] as readonly TargetKind[]).includes(kind),
  );
}
