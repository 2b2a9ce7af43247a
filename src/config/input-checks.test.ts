import { describe, expect, it } from 'vitest';
import { warningsFor } from '../knowledge/warnings';
import { parseConfig, type ConfigInput } from './schema';

/** The inputs AWS refuses or that break the site (issue 11, item 5): each refused at its field, with the reason. */
function issuesAt(input: ConfigInput, path: string): string[] {
  const parsed = parseConfig(input);
  if (parsed.success) return [];
  return parsed.error.issues.filter((issue) => issue.path.join('.') === path).map((issue) => issue.message);
}

const LAMBDA_URL = 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws';
const ZONE = { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };

describe('the secret origin header name', () => {
  it.each([
    'X-Forwarded-Host',
    'Cookie',
    'Authorization',
    'Connection',
    'Content-Length',
    'Transfer-Encoding',
    'Cache-Control',
    'Range',
    'If-Match',
    'Proxy-Authorization',
    'X-Forwarded-For',
    'Host',
    'X-Amz-Foo',
    'X-Edge-Location',
    'CloudFront-Viewer-Country',
  ])('refuses %s at the field, saying why', (name) => {
    const messages = issuesAt(
      { originProtection: { secretHeader: true, headerName: name } },
      'originProtection.headerName',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/CloudFront|Not /);
  });

  it('takes an ordinary name', () => {
    expect(
      issuesAt(
        { originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' } },
        'originProtection.headerName',
      ),
    ).toEqual([]);
  });
});

describe('ACM’s 10 names per certificate', () => {
  const names = (count: number) => ({
    primary: 'www.example.com',
    additional: Array.from({ length: count - 1 }, (_, index) => `site${index}.example.com`),
  });
  it('a created certificate takes 10 names and refuses 11 at the names field', () => {
    const created = { certificate: { source: 'create-dns-validated' as const }, dns: ZONE };
    expect(issuesAt({ ...created, domains: names(10) }, 'domains.additional')).toEqual([]);
    expect(issuesAt({ ...created, domains: names(11) }, 'domains.additional')[0]).toMatch(
      /at most 10 names per certificate/,
    );
  });
  it('an existing certificate may cover more (its quota may have been raised)', () => {
    expect(issuesAt({ domains: names(11) }, 'domains.additional')).toEqual([]);
  });
});

describe('static and media path patterns', () => {
  it('refuses /* for either behaviour: it would take every page from Django', () => {
    expect(issuesAt({ staticFiles: { pathPattern: '/*' } }, 'staticFiles.pathPattern')[0]).toMatch(
      /matches every path/,
    );
    expect(
      issuesAt({ mediaFiles: { enabled: true, pathPattern: '/*' } }, 'mediaFiles.pathPattern')[0],
    ).toMatch(/matches every path/);
    // A behaviour that is off is not checked.
    expect(issuesAt({ mediaFiles: { enabled: false, pathPattern: '/*' } }, 'mediaFiles.pathPattern')).toEqual(
      [],
    );
  });

  it.each([
    ['/static/*', '/static/media/*'],
    ['/static/css/*', '/static/*'],
    ['/assets*', '/assets/uploads/*'],
  ])('refuses %s with %s: one folder inside the other', (staticPattern, mediaPattern) => {
    const messages = issuesAt(
      {
        staticFiles: { pathPattern: staticPattern },
        mediaFiles: { enabled: true, pathPattern: mediaPattern },
      },
      'mediaFiles.pathPattern',
    );
    expect(messages[0]).toMatch(/overlaps/);
  });

  it('takes separate folders', () => {
    expect(
      issuesAt(
        { staticFiles: { pathPattern: '/static/*' }, mediaFiles: { enabled: true, pathPattern: '/media/*' } },
        'mediaFiles.pathPattern',
      ),
    ).toEqual([]);
  });
});

describe('a Lambda function ARN and its function URL', () => {
  const oac = (arn: string): ConfigInput => ({
    origin: { type: 'lambda-url', endpoint: LAMBDA_URL, lambdaUrlAuth: 'oac', lambdaFunctionArn: arn },
  });
  it('refuses a function in another region than the URL', () => {
    expect(
      issuesAt(oac('arn:aws:lambda:us-east-1:123456789012:function:mysite'), 'origin.lambdaFunctionArn')[0],
    ).toMatch(/function URL is in eu-west-1 but this function is in us-east-1/);
  });
  it('takes the same region (the account cannot be checked: the URL does not carry it)', () => {
    expect(
      issuesAt(oac('arn:aws:lambda:eu-west-1:999999999999:function:mysite'), 'origin.lambdaFunctionArn'),
    ).toEqual([]);
  });
});

describe('an origin path on an origin that does not strip it', () => {
  it.each(['alb', 'custom-https'] as const)('%s: warned with the path Django would see', (type) => {
    const parsed = parseConfig({
      origin: { type, endpoint: 'origin.example.com', path: '/app' },
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    const warning = warningsFor(parsed.data).find((entry) => entry.id === 'origin-path-reaches-django');
    expect(warning?.field).toBe('origin.path');
    expect(warning?.message).toContain('Django receives /app/about/');
    expect(warning?.fix?.patch).toEqual({ origin: { path: '' } });
  });
  it('an API Gateway stage is not warned so (the REST API takes it off)', () => {
    const parsed = parseConfig({
      origin: {
        type: 'apigw-rest',
        endpoint: 'xyz789abcd.execute-api.eu-central-1.amazonaws.com',
        path: '/prod',
      },
    });
    if (!parsed.success) throw new Error('invalid');
    expect(warningsFor(parsed.data).map((entry) => entry.id)).not.toContain('origin-path-reaches-django');
  });
});
