import { DOCS } from '../../sources/doc-links';
import { cachesDynamicPages, forwardsHost, usesHostFunction } from '../conditions';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../../model/aws-constants';
import type { Explanation } from '../types';

const EXCEPT_HOST = MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader;
const ALL_VIEWER = MANAGED_ORIGIN_REQUEST_POLICIES.allViewer;
const DISABLED = MANAGED_CACHE_POLICIES.cachingDisabled;

/** The request path through CloudFront: the Host function, the origin request policy and the cache policy. */
export const GENERATED_EDGE_EXPLANATIONS: Explanation[] = [
  {
    key: 'generated.forwardedHostFunction',
    title: 'CloudFront Function: copy Host into X-Forwarded-Host',
    body:
      'A viewer-request CloudFront Function copies the Host the viewer asked for (www.example.com) into ' +
      'X-Forwarded-Host, because the origin request policy sends the origin its own name as Host. Django reads ' +
      'it with USE_X_FORWARDED_HOST. The function always overwrites the header, never appends or keeps a value: ' +
      'the policy forwards the viewer’s own X-Forwarded-Host, so keeping it would let anyone choose the host ' +
      'Django believes, and two values joined by a comma make Django reject the request as an invalid ' +
      'HTTP_HOST. It never touches Host (read-only) or X-Forwarded-Proto (forbidden): CloudFront answers 502.',
    links: [DOCS.functionEventStructure, DOCS.edgeFunctionRestrictions, DOCS.djangoUseXForwardedHost],
    appliesTo: usesHostFunction,
    markers: {
      'cloudfront-function': ['x-forwarded-host'],
      'cdk-typescript': ['FunctionEventType.VIEWER_REQUEST'],
      'cdk-python': ['FunctionEventType.VIEWER_REQUEST'],
      cloudformation: ['viewer-request'],
      terraform: ['viewer-request'],
    },
  },
  {
    key: 'generated.functionRuntime',
    title: 'CloudFront Functions runtime 2.0',
    body:
      'The function runs on cloudfront-js-2.0, the newer of the two CloudFront Functions runtimes (needed for ' +
      'helper methods such as origin modification). CloudFront Functions run at the edge location on every ' +
      'viewer request, cannot read the request body or reach the network, and their code must stay under 10 KB.',
    links: [DOCS.functionConfigApi, DOCS.functionQuotas],
    appliesTo: usesHostFunction,
    markers: {
      'cdk-typescript': ['FunctionRuntime.JS_2_0'],
      'cdk-python': ['FunctionRuntime.JS_2_0'],
      cloudformation: ['cloudfront-js-2.0'],
      terraform: ['cloudfront-js-2.0'],
    },
  },
  {
    key: 'generated.originRequestPolicy.allViewerExceptHostHeader',
    title: 'Origin request policy: AllViewerExceptHostHeader',
    body:
      'Sends the origin every viewer header, cookie and query string except Host, which CloudFront sets to the ' +
      'origin’s own domain name. API Gateway and Lambda function URLs route by that name: with the viewer’s ' +
      'Host (www.example.com) they answer 403 Forbidden before Django runs. The viewer’s name reaches Django in ' +
      'X-Forwarded-Host instead. Cookies, Authorization, Referer and Accept-Language all pass, so sessions, ' +
      'CSRF checks and translations work. It adds no CloudFront-* headers (such as CloudFront-Forwarded-Proto).',
    links: [
      { title: 'CloudFront: AllViewerExceptHostHeader', url: EXCEPT_HOST.docUrl },
      DOCS.requestHeadersCustomOrigin,
    ],
    appliesTo: usesHostFunction,
    markers: {
      'cdk-typescript': [`OriginRequestPolicy.${EXCEPT_HOST.cdkMember}`],
      'cdk-python': [`OriginRequestPolicy.${EXCEPT_HOST.cdkMember}`],
      cloudformation: ['OriginRequestPolicyId', EXCEPT_HOST.id],
      terraform: ['origin_request_policy_id'],
    },
  },
  {
    key: 'generated.originRequestPolicy.allViewer',
    title: 'Origin request policy: AllViewer',
    body:
      'Sends the origin every viewer header, cookie and query string, Host included, so Django sees the viewer’s ' +
      'domain directly and no function is needed. The origin must accept that Host, and its TLS certificate ' +
      'must match the origin name or the forwarded host (otherwise CloudFront answers 502). API Gateway ' +
      'answers 403 unless it has a custom domain of that name; a Lambda URL always answers 403.',
    links: [
      { title: 'CloudFront: AllViewer', url: ALL_VIEWER.docUrl },
      DOCS.forwardHostKnowledgeCenter,
      DOCS.httpsToCustomOrigin,
    ],
    appliesTo: forwardsHost,
    markers: {
      'cdk-typescript': [`OriginRequestPolicy.${ALL_VIEWER.cdkMember}`],
      'cdk-python': [`OriginRequestPolicy.${ALL_VIEWER.cdkMember}`],
      cloudformation: ['OriginRequestPolicyId', ALL_VIEWER.id],
      terraform: ['origin_request_policy_id'],
    },
  },
  {
    key: 'generated.cachePolicy.cachingDisabled',
    title: 'Cache policy for Django pages: CachingDisabled',
    body:
      'The managed CachingDisabled policy (all TTLs 0): CloudFront never stores a Django response, so a page ' +
      'rendered for one logged-in user can never be shown to another and every form gets a fresh CSRF token. ' +
      'CloudFront still terminates TLS near the viewer and keeps connections to the origin warm. Static files ' +
      'are cached by their own behaviour.',
    links: [{ title: 'CloudFront: CachingDisabled', url: DISABLED.docUrl }, DOCS.expiration],
    appliesTo: (config) => !cachesDynamicPages(config),
    markers: {
      'cdk-typescript': [`CachePolicy.${DISABLED.cdkMember}`],
      'cdk-python': [`CachePolicy.${DISABLED.cdkMember}`],
      cloudformation: [DISABLED.id],
      terraform: [DISABLED.name],
    },
  },
  {
    key: 'generated.cachePolicy.dynamicPages',
    title: 'Cache policy for Django pages (custom)',
    body:
      'A cache policy of this stack for the Django behaviour, minimum TTL 0 so Cache-Control: private, no-cache ' +
      'or no-store from Django is honoured. Its cache key holds every cookie, every query string and the ' +
      'viewer’s host, so a logged-in user’s page is only ever served back to the same session cookie and www ' +
      'and the apex never share entries. Visitors without cookies share entries: a page that sets csrftoken ' +
      'or sessionid must not be cached (Django’s @never_cache or Cache-Control: private), or that cookie may be ' +
      'handed to others.',
    links: [DOCS.cachingOnCookies, DOCS.expiration, DOCS.djangoCacheControl],
    appliesTo: cachesDynamicPages,
    markers: {
      'cdk-typescript': ['CachePolicy('],
      'cdk-python': ['CachePolicy('],
      cloudformation: ['AWS::CloudFront::CachePolicy'],
      terraform: ['resource "aws_cloudfront_cache_policy"'],
    },
  },
  {
    key: 'generated.cacheKey',
    title: 'What the cache key holds',
    body:
      'Cookies: all, so each session gets its own cached copy. Query strings: all, so ?page=2 and ?q=x are ' +
      'different pages. Headers: the viewer’s host (X-Forwarded-Host, set by the function before the cache is ' +
      'looked up, or Host when it is forwarded). Everything in the key is also sent to Django; other viewer ' +
      'headers reach it through the origin request policy without splitting the cache.',
    links: [DOCS.cachingOnCookies, DOCS.cachingOnQueryStrings, DOCS.cachingOnHeaders],
    appliesTo: cachesDynamicPages,
    markers: {
      'cdk-typescript': ['CacheCookieBehavior.all()', 'CacheQueryStringBehavior.all()'],
      'cdk-python': ['CacheCookieBehavior.all()', 'CacheQueryStringBehavior.all()'],
      cloudformation: ['CookieBehavior', 'QueryStringBehavior'],
      terraform: ['cookie_behavior', 'query_string_behavior'],
    },
  },
];
