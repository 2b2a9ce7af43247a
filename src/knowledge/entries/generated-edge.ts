import { DOCS } from '../../sources/doc-links';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../../model/aws-constants';
import type { GeneratedExplanation, GeneratedKey } from '../types';

const EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader;
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICIES.allViewer;
const DISABLED = MANAGED_CACHE_POLICIES.cachingDisabled;

/** The request path through CloudFront: the Host function, the origin request policy and the cache policy. */
export const GENERATED_EDGE_EXPLANATIONS = {
  'generated.forwardedHostFunction': {
    title: 'CloudFront Function: copy Host into X-Forwarded-Host',
    summary:
      'A small function runs at the edge on every request and copies the name the visitor asked for into ' +
      'X-Forwarded-Host.',
    body:
      'The origin request policy sends the origin its own name as Host, so the viewer’s name (www.example.com) ' +
      'travels in X-Forwarded-Host, which Django reads with USE_X_FORWARDED_HOST. The function always ' +
      'overwrites the header, never appends or keeps a value: the policy forwards the viewer’s own ' +
      'X-Forwarded-Host, so keeping it would let anyone choose the host Django believes, and two values joined ' +
      'by a comma make Django reject the request as an invalid HTTP_HOST. It never touches Host (read-only) or ' +
      'X-Forwarded-Proto (forbidden): CloudFront answers 502.',
    links: [DOCS.functionEventStructure, DOCS.edgeFunctionRestrictions, DOCS.djangoUseXForwardedHost],
  },
  'generated.functionRuntime': {
    title: 'CloudFront Functions runtime 2.0',
    summary: 'The function runs on cloudfront-js-2.0, the newer of the two CloudFront Functions runtimes.',
    body:
      'Runtime 2.0 is needed for helper methods such as origin modification. CloudFront Functions run at the ' +
      'edge location on every viewer request, cannot read the request body or reach the network, and their ' +
      'code must stay under 10 KB.',
    links: [DOCS.functionConfigApi, DOCS.functionQuotas],
  },
  'generated.originRequestPolicy.allViewerExceptHostHeader': {
    title: 'Origin request policy: AllViewerExceptHostHeader',
    summary:
      'CloudFront passes every viewer header, cookie and query string to the origin, except Host, which it sets ' +
      'to the origin’s own name.',
    body:
      'API Gateway and Lambda function URLs route by that name: with the viewer’s Host (www.example.com) they ' +
      'answer 403 Forbidden before Django runs. The viewer’s name reaches Django in X-Forwarded-Host instead. ' +
      'Cookies, Authorization, Referer and Accept-Language all pass, so sessions, CSRF checks and translations ' +
      'work. It adds no CloudFront-* headers (such as CloudFront-Forwarded-Proto).',
    links: [
      { title: 'CloudFront: AllViewerExceptHostHeader', url: EXCEPT_HOST.docUrl },
      DOCS.requestHeadersCustomOrigin,
    ],
  },
  'generated.originRequestPolicy.allViewer': {
    title: 'Origin request policy: AllViewer',
    summary:
      'CloudFront passes every viewer header, cookie and query string to the origin, Host included, so Django ' +
      'sees the visitor’s domain directly.',
    body:
      'No function is needed, but the origin must accept that Host, and its TLS certificate must match the ' +
      'origin name or the forwarded host (otherwise CloudFront answers 502). API Gateway answers 403 unless it ' +
      'has a custom domain of that name; a Lambda URL always answers 403.',
    links: [
      { title: 'CloudFront: AllViewer', url: ALL_VIEWER.docUrl },
      DOCS.forwardHostKnowledgeCenter,
      DOCS.httpsToCustomOrigin,
    ],
  },
  'generated.cachePolicy.cachingDisabled': {
    title: 'Cache policy for Django pages: CachingDisabled',
    summary: 'CloudFront never stores a Django page: every request goes on to Django.',
    body:
      'The managed CachingDisabled policy has all TTLs at 0, so a page rendered for one logged-in user can never ' +
      'be shown to another and every form gets a fresh CSRF token. CloudFront still terminates TLS near the ' +
      'viewer and keeps connections to the origin warm. Static files are cached by their own behaviour.',
    links: [{ title: 'CloudFront: CachingDisabled', url: DISABLED.docUrl }, DOCS.expiration],
  },
  'generated.cachePolicy.dynamicPages': {
    title: 'Cache policy for Django pages (custom)',
    summary: 'A cache policy of this stack decides which Django pages CloudFront keeps, and for how long.',
    body:
      'Its minimum TTL is 0, so Cache-Control: private, no-cache or no-store from Django is honoured. Its cache ' +
      'key holds every cookie, every query string and the viewer’s host, so a logged-in user’s page is only ' +
      'ever served back to the same session cookie and www and the apex never share entries. Visitors without ' +
      'cookies share entries: a page that sets csrftoken or sessionid must not be cached (Django’s @never_cache ' +
      'or Cache-Control: private), or that cookie may be handed to others.',
    links: [DOCS.cachingOnCookies, DOCS.expiration, DOCS.djangoCacheControl],
  },
  'generated.cacheKey': {
    title: 'What the cache key holds',
    summary:
      'Two requests share a cached page only when their cookies, query strings, host and Authorization all match.',
    body:
      'Cookies: all, so each session gets its own cached copy. Query strings: all, so ?page=2 and ?q=x are ' +
      'different pages. Headers: the viewer’s host (X-Forwarded-Host, set by the function before the cache is ' +
      'looked up, or Host when it is forwarded), and Authorization: with caching on, CloudFront sends ' +
      'Authorization to the origin only when it is in the cache key (no origin request policy may forward it), ' +
      'so without it token and Basic-auth requests would reach Django without their credentials; in the key, ' +
      'one caller’s response is never served to another. Everything in the key is also sent to Django; other ' +
      'viewer headers reach it through the origin request policy without splitting the cache.',
    links: [
      DOCS.cachingOnCookies,
      DOCS.cachingOnQueryStrings,
      DOCS.cachingOnHeaders,
      DOCS.authorizationHeader,
    ],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
