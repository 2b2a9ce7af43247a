import { isPrivateOrigin, originOf, supportsLambdaOac, usesLambdaOac } from '../conditions';
import { singleWarning, type WarningRule } from './rule';

/** The way out of OAC's limits on a function URL: leave it unsigned and keep direct calls out with the header. */
const UNSIGNED_URL_WITH_SECRET_HEADER = {
  label: 'Use a secret origin header instead',
  patch: {
    origin: { lambdaUrlAuth: 'none-with-secret-header' },
    originProtection: { secretHeader: true },
  },
} as const;

export const lambdaOacBreaksPostBodies: WarningRule = singleWarning((config) =>
  usesLambdaOac(config)
    ? {
        id: 'lambda-oac-post-bodies',
        severity: 'warning',
        message:
          'With origin access control, a Lambda function URL only accepts a POST or PUT body when the client ' +
          'sent its SHA-256 in x-amz-content-sha256. Browsers and HTML forms never do: Django logins and form ' +
          'posts fail with 403. Keep the URL unsigned and let a secret origin header shut out direct calls.',
        explanationKey: 'generated.lambdaOriginAccessControl',
        field: 'origin.lambdaUrlAuth',
        fix: UNSIGNED_URL_WITH_SECRET_HEADER,
      }
    : null,
);

/** OAC signs every request to the function URL in Authorization, so the viewer's own value never arrives. */
export const lambdaOacOverwritesAuthorization: WarningRule = singleWarning((config) =>
  usesLambdaOac(config)
    ? {
        id: 'lambda-oac-overwrites-authorization',
        severity: 'warning',
        message:
          'Origin access control signs every request to the function URL with SigV4 in the Authorization ' +
          'header, replacing the viewer’s: token or Basic authentication (Django REST framework, an API key in ' +
          'Authorization) never reaches Django. Carry the credential in a cookie or another header, or keep ' +
          'the URL unsigned with the secret origin header.',
        explanationKey: 'generated.lambdaOriginAccessControl',
        field: 'origin.lambdaUrlAuth',
        fix: UNSIGNED_URL_WITH_SECRET_HEADER,
      }
    : null,
);

export const originOpenToDirectCalls: WarningRule = singleWarning((config) => {
  // A VPC origin has no public address: nothing to lock.
  if (config.originProtection.secretHeader || usesLambdaOac(config) || isPrivateOrigin(config)) return null;
  // A function URL without origin access control has no authentication of its own at all.
  const lambda = supportsLambdaOac(config);
  return {
    id: lambda ? 'lambda-url-open' : 'origin-open',
    severity: lambda ? 'warning' : 'info',
    message:
      `Anyone who learns ${config.origin.endpoint} can call Django directly, past CloudFront and any WAF, and ` +
      'send whatever X-Forwarded-Host they like' +
      (lambda
        ? ': the function URL has no authentication at all. Turn on the secret origin header.'
        : '. A secret origin header, checked by the generated Django middleware, closes that door.'),
    explanationKey: 'originProtection.secretHeader',
    field: 'originProtection.secretHeader',
    fix: { label: 'Require the secret origin header', patch: { originProtection: { secretHeader: true } } },
  };
});

export const restApiEndpointType: WarningRule = singleWarning((config) => {
  const note = originOf(config).endpointTypeNote;
  return note === undefined
    ? null
    : {
        id: 'rest-api-endpoint-type',
        severity: 'info',
        message: note,
        explanationKey: 'origin.type',
        field: 'origin.type',
      };
});

export const noWebAcl: WarningRule = singleWarning((config) =>
  config.distribution.waf === 'none'
    ? {
        id: 'no-waf',
        severity: 'info',
        message:
          'No AWS WAF web ACL: optional, but a rate limit and AWS managed rules in front of Django stop ' +
          'credential stuffing and common injection probes before they reach the origin.',
        explanationKey: 'distribution.waf',
        field: 'distribution.waf',
        fix: { label: 'Create a Django-safe web ACL', patch: { distribution: { waf: 'create' } } },
      }
    : null,
);

export const loggingBucketNeedsAcls: WarningRule = singleWarning((config) =>
  config.distribution.accessLogs === 'legacy-s3' && config.distribution.loggingBucket !== ''
    ? {
        id: 'logging-bucket-acls',
        severity: 'info',
        message:
          `CloudFront delivers standard logs to ${config.distribution.loggingBucket} through an ACL: the bucket ` +
          'must have ACLs enabled (object ownership other than "bucket owner enforced"), or the deployment fails.',
        explanationKey: 'distribution.loggingBucket',
        field: 'distribution.loggingBucket',
      }
    : null,
);

export const noAccessLogs: WarningRule = singleWarning((config) =>
  config.distribution.accessLogs === 'off'
    ? {
        id: 'no-access-logs',
        severity: 'warning',
        message:
          'No access logs: after an incident there is no record of who asked for what. Standard logging v2 to ' +
          'CloudWatch Logs (without cookies, kept for the days you choose) costs little for a Django site.',
        explanationKey: 'distribution.accessLogs',
        field: 'distribution.accessLogs',
        fix: { label: 'Log to CloudWatch Logs', patch: { distribution: { accessLogs: 'cloudwatch-logs' } } },
      }
    : null,
);

export const ORIGIN_ACCESS_RULES: WarningRule[] = [
  lambdaOacBreaksPostBodies,
  lambdaOacOverwritesAuthorization,
  originOpenToDirectCalls,
  restApiEndpointType,
  noWebAcl,
  loggingBucketNeedsAcls,
  noAccessLogs,
];
