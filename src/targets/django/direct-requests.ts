import type { Deployment } from '../../model';
import { appOriginOf, primaryDomainOf, signedByCloudFront } from './read-deployment';

/** The setting that lists the paths origin_verify.py answers without the secret. */
export const EXEMPT_PATHS_SETTING = 'CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS';

/**
 * What happens to a request sent straight to the origin instead of through CloudFront, for this deployment's
 * protections and Host strategy, in sentences: the settings comment on ALLOWED_HOSTS and the README say the same.
 * ALLOWED_HOSTS is no lock: without a protection, a request that names a public host itself is served. The
 * real-Django tests (django-behind-cloudfront.test.ts) send each of these requests and check the status.
 */
export function directRequestSentences(deployment: Deployment): string[] {
  const { django } = deployment;
  const endpoint = appOriginOf(deployment).domainName;
  const primary = primaryDomainOf(deployment);
  const sentences: string[] = [];
  if (django.origin.privateBecause !== null) {
    sentences.push(
      `${django.origin.privateBecause}: ${endpoint} cannot be called from the internet, so no request reaches Django without CloudFront (only from inside the VPC, where ALLOWED_HOSTS and the security group are the checks).`,
    );
  }
  if (signedByCloudFront(deployment)) {
    sentences.push(
      `The function URL (auth type AWS_IAM, origin access control) answers 403 to any request that CloudFront, or another IAM principal its policy allows, did not sign: such requests never reach Django.`,
    );
  }
  if (django.originVerify !== null) {
    sentences.push(
      `${django.origin.privateBecause !== null ? 'As defence in depth, a' : 'A'} request sent straight to ${endpoint} without CloudFront's secret ${django.originVerify.headerName} header is refused by origin_verify.py (403) before any host check, whatever Host or X-Forwarded-Host it carries; only the paths listed in ${EXEMPT_PATHS_SETTING} are answered without it.`,
    );
  }
  if (sentences.length > 0) return sentences;
  const closeIt = 'Turn on the secret header to close the origin.';
  if (django.useXForwardedHost) {
    return [
      `Nothing keeps anyone from sending requests straight to ${endpoint}. One without X-Forwarded-Host is refused (400 DisallowedHost: the origin's own name is not in ALLOWED_HOSTS), but one that sends X-Forwarded-Host: ${primary} itself is answered (200) like a request through CloudFront, because Django trusts that header (USE_X_FORWARDED_HOST).`,
      closeIt,
    ];
  }
  return [
    `Nothing keeps anyone from sending requests straight to ${endpoint}. One that names the origin's own host is refused (400 DisallowedHost), but one with Host: ${primary} is answered (200) like a request through CloudFront.`,
    closeIt,
  ];
}
