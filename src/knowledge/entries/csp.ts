import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath, GeneratedExplanation, GeneratedKey } from '../types';

/** Content-Security-Policy in one place: the form's fields and the generated settings that send it. */
export const CSP_FIELD_EXPLANATIONS = {
  'securityHeaders.csp': {
    title: 'Content-Security-Policy: who sends it',
    body:
      'Exactly one place sends CSP, as with HSTS. “CloudFront”: the custom response headers policy adds it to ' +
      'every response, Django’s pages and the S3 files alike, and overrides any CSP Django sends, so a Django ' +
      'nonce never reaches the browser. “Django 6.0+”: ContentSecurityPolicyMiddleware sends SECURE_CSP (or ' +
      'SECURE_CSP_REPORT_ONLY) and can put a per-response nonce (CSP.NONCE) in it, which cannot be used on ' +
      'pages CloudFront caches: every visitor would get the cached copy’s one nonce. Django 5.2 has no ' +
      'built-in CSP. A config that says nothing gets CloudFront’s (report-only) with the custom policy, else none.',
    links: [DOCS.cspPolicyCfn, DOCS.djangoCsp, DOCS.djangoCspHowTo, DOCS.django60Release],
  },
  'securityHeaders.cspReportOnly': {
    title: 'CSP report-only first',
    body:
      'Report-only sends Content-Security-Policy-Report-Only: browsers list in their console (and send to a ' +
      'report-uri, if the policy names one) what the policy would block, and block nothing. It is where CSP ' +
      'starts, as HSTS starts at an hour: once every page, the admin included, has shown no violation for a ' +
      'while, turn it off to enforce and deploy again; the wizard reminds you while it is on. CloudFront sends ' +
      'the report-only header as a custom header of the policy (its security headers have only the enforcing one).',
    links: [DOCS.responseHeadersPolicySettings, DOCS.djangoCsp],
  },
  'securityHeaders.cspPolicy': {
    title: 'CSP policy',
    body:
      'The directives, separated by semicolons. The default allows only this site’s own scripts, styles and ' +
      'images (plus data: images), no plugins, no <base> or form posts to other sites and no framing: Django’s ' +
      'admin works under it (Django removed its inline scripts in 1.10 and inline styles in 3.2) as long as ' +
      'static files come from this site, as the wizard’s /static/* behaviour serves them. Add the hosts of any CDN, ' +
      'analytics or fonts you use. At most 1,783 characters (the CloudFront header value limit); no commas, and ' +
      'no fixed nonce.',
    links: [DOCS.cspPolicyCfn, DOCS.cloudFrontQuotas],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;

export const CSP_GENERATED_EXPLANATIONS = {
  'generated.securityHeaders.csp': {
    title: 'Content-Security-Policy (custom response headers policy)',
    summary: 'CloudFront adds your CSP to every response and overrides any Django sends: one place decides.',
    body:
      'Enforced, it is the policy’s ContentSecurityPolicy security header; report-only, a custom header ' +
      'Content-Security-Policy-Report-Only. Both override what the origin sends, so Django’s settings keep ' +
      'SECURE_CSP unset. It covers the S3 files too, which Django never sees.',
    links: [DOCS.cspPolicyCfn, DOCS.responseHeadersPolicySettings],
  },
  'generated.django.csp': {
    title: 'SECURE_CSP (Django 6.0+)',
    summary: 'Django sends Content-Security-Policy itself; CloudFront’s policy sends none.',
    body:
      'The setting holds your policy as a dict of directives (each value a list, as CSP.SELF is the string ' +
      "'self'); the middleware, which you add to MIDDLEWARE, sends it on every response unless one is already " +
      'set. A nonce (CSP.NONCE) is per response: do not use it on pages CloudFront caches.',
    links: [DOCS.djangoCsp, DOCS.djangoCspHowTo],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
