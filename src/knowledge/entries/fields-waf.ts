import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** The AWS WAF fields of the distribution. */
export const WAF_FIELD_EXPLANATIONS = {
  'distribution.waf': {
    title: 'AWS WAF',
    body:
      'A web ACL inspects every request before CloudFront answers it. “Create” makes a Django-safe one in the main ' +
      'stack: AWS managed rule groups, request bodies over 8 KB only on the paths you name (the core rule set ' +
      'would block Django admin forms and uploads otherwise), and a rate limit on the login paths. “Attach” uses ' +
      'one of yours by its ARN. None is the default because AWS WAF is charged every month per web ACL and rule, ' +
      'and per request.',
    links: [DOCS.wafForCloudFront, DOCS.wafCoreRuleSet, DOCS.wafCost],
  },
  'distribution.wafSqlRules': {
    title: 'SQL database rule group',
    body:
      'Adds AWS’s SQL database managed rule group (SQL injection patterns in the query string, body, cookies and ' +
      'URI). Django’s ORM passes values as query parameters, so an injection needs raw SQL built from input; the ' +
      'group then still stops the probes before Django sees them. It is one more rule on the bill.',
    links: [DOCS.wafSqlDatabase],
  },
  'distribution.wafLargeBodyPaths': {
    title: 'Paths that take large bodies',
    body:
      'The core rule set blocks every request body over 8 KB: saving a long admin form or uploading a file then ' +
      'fails with 403 before Django sees it. Requests whose path starts with one of these may send larger bodies ' +
      '(everything else stays limited). Name Django’s admin (/admin/ unless you moved it) and the views that take ' +
      'uploads; a path is matched after percent-decoding, as Django routes it. Leave the list empty to keep the ' +
      'limit everywhere.',
    links: [DOCS.wafCoreRuleSet, DOCS.wafLabelMatchExamples],
  },
  'distribution.wafLoginPaths': {
    title: 'Login paths',
    body:
      'The rate limit counts requests to paths starting with these: django.contrib.auth’s login view is often at ' +
      '/accounts/login/ and the admin’s at /admin/login/. Add your API’s token endpoint if it has one. Leave the ' +
      'list empty for no rate limit.',
    links: [DOCS.wafRateBasedSettings],
  },
  'distribution.wafRateLimit': {
    title: 'Login rate limit',
    body:
      'How many requests one IP address may send to the login paths in the window. 100 in 5 minutes lets people ' +
      'retry freely and stops scripted password guessing; AWS WAF’s lowest limit is 10. Many people behind one ' +
      'address (an office, a mobile carrier) share the limit.',
    links: [DOCS.wafRateBasedSettings],
  },
  'distribution.wafRateWindowSeconds': {
    title: 'Rate limit window',
    body:
      'The time AWS WAF looks back over when it counts an address’s requests: 60, 120, 300 or 600 seconds, 300 by ' +
      'default. A shorter window reacts faster to a burst; a longer one catches slow guessing.',
    links: [DOCS.wafRateBasedSettings],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
