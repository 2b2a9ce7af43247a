/**
 * Test support: viewer-request events shaped like the ones CloudFront passes to a function (version 1.0), after
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-event-structure.html
 */
export interface FunctionValue {
  value: string;
  multiValue?: { value: string }[];
}
export interface ViewerRequestEvent {
  version: '1.0';
  context: {
    distributionDomainName: string;
    distributionId: string;
    eventType: 'viewer-request';
    requestId: string;
  };
  viewer: { ip: string };
  request: {
    method: string;
    uri: string;
    querystring: Record<string, FunctionValue>;
    headers: Record<string, FunctionValue>;
    cookies: Record<string, FunctionValue>;
  };
}

export const DISTRIBUTION_DOMAIN = 'd111111abcdef8.cloudfront.net';

export function viewerRequestEvent(
  overrides: Partial<ViewerRequestEvent['request']> = {},
): ViewerRequestEvent {
  return {
    version: '1.0',
    context: {
      distributionDomainName: DISTRIBUTION_DOMAIN,
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType: 'viewer-request',
      requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==',
    },
    viewer: { ip: '198.51.100.11' },
    request: {
      method: 'GET',
      uri: '/accounts/login/',
      querystring: {
        next: { value: '/dashboard/' },
        tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b,c' }] },
      },
      headers: {
        host: { value: 'www.example.com' },
        'user-agent': { value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' },
        accept: { value: 'text/html,application/xhtml+xml' },
        'accept-language': { value: 'en-GB,en;q=0.9' },
        'accept-encoding': { value: 'gzip, deflate, br' },
        referer: { value: 'https://www.example.com/' },
      },
      cookies: {
        csrftoken: { value: 'Xy9kLmN0pQ' },
        sessionid: { value: 'abc123sessionvalue' },
        pref: { value: 'dark', multiValue: [{ value: 'dark' }, { value: 'compact' }] },
      },
      ...overrides,
    },
  };
}
