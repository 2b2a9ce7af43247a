import type { Deployment } from '../../model';
import type { GeneratedFile } from '../types';
import { directRequestSentences, EXEMPT_PATHS_SETTING } from './direct-requests';
import { appOriginOf, primaryDomainOf, signedByCloudFront } from './read-deployment';
import { originSecretSection } from './secret-readme';
import { CSP_MIDDLEWARE_SETTING, MIDDLEWARE_SETTING } from './setting-lines';
import { DJANGO_STORAGES_DOC, storageLocationOf, storagesSnippet } from './storages-snippet';

export const DJANGO_README_FILE = 'django/README.md';

const DOCS = {
  allowedHosts: 'https://docs.djangoproject.com/en/5.2/ref/settings/#allowed-hosts',
  forwardedHost: 'https://docs.djangoproject.com/en/5.2/ref/settings/#use-x-forwarded-host',
  proxySsl: 'https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header',
  csrf: 'https://docs.djangoproject.com/en/5.2/ref/csrf/',
  policies:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html',
  headers:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RequestAndResponseBehaviorCustomOrigin.html#request-custom-headers-behavior',
  customHeaders:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/add-origin-custom-headers.html',
  lambdaUrlAuth: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  csp: 'https://docs.djangoproject.com/en/6.0/ref/csp/',
  originPath:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath',
};

/** django/README.md: how to install the files, how a request reaches Django, and who else can reach it. */
export function djangoReadmeFile(deployment: Deployment): GeneratedFile {
  const settings = deployment.django;
  const domain = primaryDomainOf(deployment);
  const origin = appOriginOf(deployment);
  const viaFunction = settings.useXForwardedHost;
  const sections = [
    `# Django settings for ${domain} behind CloudFront (${settings.origin.label})`,
    '',
    '## Install',
    '',
    '1. Copy `cloudfront_settings.py` next to your `settings.py` (the package named in `DJANGO_SETTINGS_MODULE`).',
    '2. At the **end** of `settings.py` add `from .cloudfront_settings import *`, so these values replace any',
    '   earlier `ALLOWED_HOSTS`, `CSRF_TRUSTED_ORIGINS` etc. (Copying the lines in instead works too; keep the comments.)',
  ];
  if (settings.originVerify !== null) {
    sections.push(
      `3. Copy \`origin_verify.py\` into the same package and put the middleware first, after the import:`,
      '',
      '   ```python',
      '   from .cloudfront_settings import *',
      `   MIDDLEWARE = [${MIDDLEWARE_SETTING}, *MIDDLEWARE]`,
      '   ```',
      '',
      `4. Give Django the secret CloudFront sends in \`${settings.originVerify.headerName}\` (see "The origin secret" below).`,
      '   Django refuses to start without it, and answers 403 to every request whose header is missing or wrong.',
      `   Health checks that come straight from a load balancer carry no secret: list their path in`,
      `   \`${EXEMPT_PATHS_SETTING}\`, and note that their Host (the target's IP) is not in \`ALLOWED_HOSTS\`, so`,
      '   point the check at a path whose 400 you accept, or match on a status range.',
      `   The secret header: ${DOCS.customHeaders}`,
    );
  }
  if (settings.csp !== null) {
    sections.push(
      '',
      `Django ${settings.release.version} sends Content-Security-Policy here (\`${settings.csp.setting}\`): add its middleware after the import,`,
      '',
      '   ```python',
      `   MIDDLEWARE = [*MIDDLEWARE, ${CSP_MIDDLEWARE_SETTING}]`,
      '   ```',
      '',
      `   (${DOCS.csp})`,
    );
  }
  sections.push(
    '',
    '## How a request reaches Django',
    '',
    `A viewer asks for \`https://${domain}/\`. CloudFront terminates TLS and picks the behaviour by path.`,
    viaFunction
      ? `The origin request policy **AllViewerExceptHostHeader** forwards every viewer header, cookie and query string except \`Host\`, which CloudFront sets to \`${origin.domainName}\`${settings.origin.foreignHostStatus !== null ? ` (the ${settings.origin.label} answers ${settings.origin.foreignHostStatus} to any other Host)` : ''}. A viewer-request CloudFront Function first copies the viewer's Host into \`X-Forwarded-Host\`, overwriting any value the viewer sent, so \`USE_X_FORWARDED_HOST = True\` gives \`request.get_host() == "${domain}"\`. (${DOCS.policies}, ${DOCS.forwardedHost})`
      : `The origin request policy **AllViewer** forwards the viewer's \`Host\` itself, so \`request.get_host() == "${domain}"\` without \`X-Forwarded-Host\`; \`USE_X_FORWARDED_HOST\` stays False because the viewer's own \`X-Forwarded-Host\` is forwarded too. (${DOCS.policies})`,
    '',
    `CloudFront removes any \`X-Forwarded-Proto\` the viewer sent (${DOCS.headers}); ${settings.origin.protoSetBy}. So \`SECURE_PROXY_SSL_HEADER = ("${settings.secureProxySslHeader?.metaKey ?? 'HTTP_X_FORWARDED_PROTO'}", "https")\` makes \`request.is_secure()\` true, and the CSRF check compares the browser's \`Origin: https://${domain}\` with \`https://\` + \`get_host()\`: they match. (${DOCS.proxySsl}, ${DOCS.csrf})`,
    '',
    `\`ALLOWED_HOSTS\` lists the public names only (${DOCS.allowedHosts}). Never \`"*"\`: with \`*\` anyone can make Django build links and password-reset mails for their own host.`,
    '',
    ...originPathNote(deployment),
    ...bucketNotes(deployment),
    '## Requests that do not come through CloudFront',
    '',
    settings.origin.privateBecause === null
      ? `The origin's own address is public.`
      : `The origin's address is private.`,
    ...directRequestSentences(deployment),
    ...(signedByCloudFront(deployment) ? ['', `Function URL access control: ${DOCS.lambdaUrlAuth}`] : []),
    '',
    ...originSecretSection(deployment),
    ...releaseNotes(deployment),
    '## Checking it',
    '',
    'Behind CloudFront, a view returning `request.get_host()`, `request.is_secure()` and `request.build_absolute_uri()`',
    `should show \`${domain}\`, \`True\` and \`https://${domain}/…\`. A 400 "Invalid HTTP_HOST header" names the host`,
    "Django saw: the origin's own name means X-Forwarded-Host did not arrive or USE_X_FORWARDED_HOST is off.",
    '"Origin checking failed" (403 on a form post) means `is_secure()` or `get_host()` is wrong, not a missing',
    '`CSRF_TRUSTED_ORIGINS` entry.',
    '',
    'Server note: gunicorn trusts `X-Forwarded-Proto` from 127.0.0.1 by default (`--forwarded-allow-ips`), which can',
    'hide a missing `SECURE_PROXY_SSL_HEADER` in local tests; run it with `--forwarded-allow-ips` set to the proxy',
    'that really sets the header.',
    '',
  );
  return { path: DJANGO_README_FILE, language: 'markdown', contents: sections.join('\n'), explained: [] };
}

/** The Django release the files are for, and what 6.x's built-in CSP means behind a cache. */
function releaseNotes(deployment: Deployment): string[] {
  const { release, silencedChecks } = deployment.django;
  const notes = [
    `## Django ${release.version}`,
    '',
    `\`requirements.txt\` pins \`${release.requirement}\`, which runs on Python ${release.python.min} to ${release.python.max} (${release.docs}).`,
  ];
  if (release.builtInCsp) {
    const cached = deployment.cachePolicies.length > 0;
    const fromCloudFront = (deployment.responseHeadersPolicy?.csp ?? null) !== null;
    notes.push(
      '',
      fromCloudFront
        ? `Django ${release.version} has Content-Security-Policy built in, but here CloudFront's response headers policy sends CSP and overrides any Django sends: leave \`SECURE_CSP\` and \`SECURE_CSP_REPORT_ONLY\` unset (a nonce Django made would never reach the browser). To use nonces, let Django send CSP instead (the wizard's Content-Security-Policy choice) and keep HTML uncached.`
        : `Django ${release.version} has Content-Security-Policy built in (\`SECURE_CSP\`, \`SECURE_CSP_REPORT_ONLY\`, \`django.middleware.csp.ContentSecurityPolicyMiddleware\`). ${deployment.django.csp === null ? 'If you turn it on, send CSP from Django **or** from a CloudFront response headers policy, never both. ' : ''}A per-response nonce (\`{{ csp_nonce }}\`) cannot be used on pages CloudFront caches: every visitor would get the one nonce of the cached copy, which defeats it${cached ? ', and this distribution caches Django pages that allow it' : ''}. Use hashes or \`'self'\` sources for cached pages, or keep them uncached.`,
    );
  }
  if (silencedChecks.length > 0) {
    notes.push(
      '',
      `\`manage.py check --deploy\` checks Django alone; \`cloudfront_settings.py\` silences what this deployment covers elsewhere (\`SILENCED_SYSTEM_CHECKS\`: ${silencedChecks.map((check) => `\`${check.id}\``).join(', ')}, each with its reason). If your settings.py has its own \`SILENCED_SYSTEM_CHECKS\`, merge the two lists.`,
    );
  }
  notes.push('');
  return notes;
}

function originPathNote(deployment: Deployment): string[] {
  const path = appOriginOf(deployment).originPath;
  if (path === '') return [];
  switch (deployment.django.origin.stageInPath) {
    case 'stripped':
      return [
        `CloudFront calls \`${path}/…\` on the API (the origin path). A REST API's Lambda proxy event carries the path without the stage, so Django sees the viewer's path unchanged.`,
        '',
      ];
    case 'kept':
      return [
        `CloudFront calls \`${path}/…\` on the origin (the origin path). An HTTP API with a named stage keeps the stage in the path it passes on (\`rawPath\`), so tell your adapter to strip it (e.g. Mangum \`api_gateway_base_path\`, serverless-wsgi \`API_GATEWAY_BASE_PATH\`), or use the \`$default\` stage.`,
        '',
      ];
    case 'none':
      return [
        `CloudFront puts the origin path in front of every path it requests (\`/about/\` becomes \`${path}/about/\`; ${DOCS.originPath}), and Django receives it unless something in front strips it: Django's URLs must include \`${path}\`, or the server in front of Django must remove it.`,
        '',
      ];
  }
}

function bucketNotes(deployment: Deployment): string[] {
  if (deployment.buckets.length === 0) return [];
  const notes = deployment.buckets.map((bucket) => {
    const label = bucket.key === 'StaticFiles' ? 'static files' : 'media files';
    const setting = bucket.key === 'StaticFiles' ? 'STATIC_URL' : 'MEDIA_URL';
    return `- CloudFront serves ${label} (\`${bucket.pathPattern}\`) from an S3 bucket the stack creates, not from Django. The S3 origin has no origin path, so CloudFront asks S3 for the viewer's path as it is: the file at \`/${bucket.objectKeyPrefix}css/app.css\` must be the object \`${bucket.objectKeyPrefix}css/app.css\`. Every key starts with \`${bucket.objectKeyPrefix}\` (the ${setting} path without its leading slash), followed by the path under ${setting}. The bundle README's upload step syncs to \`s3://<bucket>/${bucket.objectKeyPrefix}\`; django-storages writes there with \`"location": "${storageLocationOf(bucket)}"\`.`;
  });
  return [
    '## Files in S3',
    '',
    ...notes,
    '',
    `To let Django write the files itself (\`collectstatic\`, uploads), use django-storages with these \`STORAGES\` (${DJANGO_STORAGES_DOC}); the bucket names are the stack outputs, and the role Django runs as needs \`s3:PutObject\` on the buckets:`,
    '',
    ...storagesSnippet(deployment),
    '',
  ];
}
