import { ORIGINS } from '../../config/origins';
import { stepRef, type ReadmeContext } from './context';
import { mdBlock, mdInline } from './markdown';
import { outputVariable } from './shell';

/** The temporary Django view that shows what Django believes about the request. */
export const HOST_CHECK_PATH = 'cloudfront-check/';

export const HOST_CHECK_VIEW = `# urls.py (temporary: remove it once the checks pass)
from django.http import JsonResponse
from django.urls import path


def cloudfront_check(request):
    return JsonResponse(
        {"host": request.get_host(), "scheme": request.scheme, "secure": request.is_secure()}
    )


urlpatterns += [path("${HOST_CHECK_PATH}", cloudfront_check)]`;

/** How to check, before and after DNS, that the viewer's host reaches Django through CloudFront. */
export function verifySection(context: ReadmeContext): string {
  const { deployment, stepNumber } = context;
  const names = deployment.distribution.aliases;
  const domain = names[0] ?? '';
  const app = deployment.distribution.origins.find((origin) => origin.kind === 'custom');
  const originUrl = app === undefined ? null : `https://${app.domainName}${app.originPath}/`;
  const files = deployment.distribution.additionalBehaviors[0];
  const dnsStepRef = stepRef(stepNumber.dns);
  return [
    '## Verify',
    `Set the names once (the distribution’s ID and domain name are the outputs kept in ${stepRef(stepNumber.stacks)}), ` +
      'and wait until CloudFront has deployed the distribution everywhere:',
    mdBlock(
      'sh',
      [
        `DOMAIN=${domain}`,
        `DIST="$${outputVariable('DistributionDomainName')}"`,
        `aws cloudfront wait distribution-deployed --id "$${outputVariable('DistributionId')}"`,
      ].join('\n'),
    ),
    deployment.dnsRecords.length > 0
      ? `**Straight to CloudFront** (before resolvers have the new records), under your real name (right TLS name and \`Host\`):`
      : `**Before changing DNS**, talk to CloudFront under your real name (right TLS name and \`Host\`) without touching DNS:`,
    mdBlock('sh', `curl -sI --resolve "$DOMAIN:443:$(dig +short "$DIST" | tail -n1)" "https://$DOMAIN/"`),
    `**After DNS** (${dnsStepRef}), plainly: ${mdInline('curl -sI "https://$DOMAIN/"')}.`,
    [
      'Expect the status your home page gives (200, or a 302 to a login page), with `via: … (CloudFront)` and',
      '`x-cache: Miss from cloudfront` or `Hit from cloudfront`. Signs of trouble:',
      '- `403` with an `x-amzn-errortype` header: API Gateway or the function URL refused the request, typically',
      '  because it received the viewer’s `Host` instead of its own name',
      '  (https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden lists the other causes).',
      '- `400 Bad Request` from Django: `DisallowedHost`, the host Django sees is not in `ALLOWED_HOSTS`.',
      '- CloudFront’s own error page “The request could not be satisfied” (`x-cache: Error from cloudfront`) or a TLS',
      '  error: the name is not an alternate domain name of this distribution, or the certificate does not cover it.',
    ].join('\n'),
    `**Which host does Django see?** Add this view for a moment and deploy it:`,
    mdBlock('python', HOST_CHECK_VIEW),
    mdBlock(
      'sh',
      [
        `for name in ${names.join(' ')}; do`,
        `  curl -s "https://$name/${HOST_CHECK_PATH}"; echo`,
        'done',
        '# a viewer must not be able to choose the host Django believes:',
        `curl -s -H 'X-Forwarded-Host: attacker.example' "https://$DOMAIN/${HOST_CHECK_PATH}"; echo`,
      ].join('\n'),
    ),
    `Each answer must be ${mdInline(`{"host": "<that name>", "scheme": "https", "secure": true}`)}, and the last one ` +
      `must still say ${mdInline(domain)}: never \`attacker.example\`, never the origin’s own name.`,
    originUrl === null ? '' : directCheck(context, originUrl),
    verifyCommand(originUrl),
    files === undefined
      ? ''
      : `**Files are cached:** request a real file twice, e.g. ` +
        `${mdInline(`curl -sI "https://$DOMAIN${files.pathPattern.replace(/\*$/, '')}<a file>"`)}; ` +
        `the second answer has \`x-cache: Hit from cloudfront\`.`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The wizard's `verify` command: every check above (and TLS, HSTS, caching, CSRF) in one run. */
function verifyCommand(originUrl: string | null): string {
  const origin = originUrl === null ? '' : ` --origin ${originUrl}`;
  return [
    '**All the checks in one command**, from a checkout of the wizard, with this bundle’s `config.json` (keep the ' +
      'host-check view above in place while it runs):',
    mdBlock(
      'sh',
      [
        `npm run verify -- --url "https://$DOMAIN/" --config config.json${origin}`,
        '# before DNS points at CloudFront, send its requests to the distribution instead:',
        `npm run verify -- --url "https://$DOMAIN/" --config config.json${origin} --connect "$(dig +short "$DIST" | tail -n1):443"`,
      ].join('\n'),
    ),
    'It prints one line per check (PASS; FAIL with the reason and the setting that fixes it; SKIP with why): HTTP ' +
      'redirects to HTTPS, the TLS policy, HSTS sent once, a spoofed `X-Forwarded-Host` does not change the host ' +
      'Django uses, the origin refuses requests that skip CloudFront, a response that sets a cookie is never a ' +
      'cache hit, static files are cached, a form POST works from your site and fails from another, and the allowed ' +
      'methods. It exits 0 only when no check failed. It sends a few dozen requests at most, only to the names you ' +
      'give; the POST carries a CSRF token and nothing else (`--form PATH` picks the form page, /admin/login/ by default).',
  ].join('\n\n');
}

/** What a request that skips CloudFront gets: refused when the origin is protected, and why it matters when not. */
function directCheck({ config, deployment }: ReadmeContext, originUrl: string): string {
  const curl = mdInline(`curl -sI ${originUrl}`);
  if (deployment.originSecret !== null)
    return (
      `**The origin cannot be used directly:** ${curl} must be refused (403 from Django: the request lacks ` +
      `the ${mdInline(deployment.originSecret.headerName)} header).`
    );
  if (deployment.lambdaPermissions.length > 0)
    return (
      `**The origin cannot be used directly:** ${curl} must be refused (403 from the function URL: it only ` +
      'answers requests CloudFront signed with origin access control).'
    );
  const byHeader = deployment.django.useXForwardedHost;
  // An origin that routes by Host refuses the viewer's name itself: only X-Forwarded-Host gets through it.
  if (!byHeader && ORIGINS[config.origin.type].foreignHost !== null)
    return `**The origin answers only its own name:** ${curl} gets 400 from Django (that name is not an allowed host).`;
  return (
    `**The origin can still be used directly:** ${curl} gets 400 from Django (the origin’s own name is not an ` +
    `allowed host), but a request that names your domain in ${byHeader ? '`X-Forwarded-Host`' : '`Host`'} ` +
    'reaches Django without CloudFront. Turn on the secret origin header in the wizard to refuse it.'
  );
}
