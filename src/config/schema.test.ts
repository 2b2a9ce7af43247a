import { describe, expect, it } from 'vitest';
import { ConfigSchema, defaultConfig, ORIGIN_TYPES, parseConfig } from './schema';

const HOSTILE = [
  'www.example.com"',
  "www.example.com'",
  'www\\example.com',
  'www.example.com\nimport os',
  '${jndi}',
  '</script><script>',
  'a b.com',
  'www.exa mple.com',
  '',
];

function issuesOf(input: unknown): Record<string, string> {
  const result = parseConfig(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('ConfigSchema', () => {
  it('gives the seed setup from no input at all', () => {
    const config = defaultConfig();
    expect(config.origin.type).toBe('apigw-http');
    expect(config.origin.hostStrategy).toBe('x-forwarded-host-function');
    expect(config.dynamicCaching.mode).toBe('disabled');
    expect(config.domains.primary).toBe('www.example.com');
  });

  it('normalises a domain typed with capitals and spaces', () => {
    const config = ConfigSchema.parse({ domains: { primary: '  WWW.Example.COM ' } });
    expect(config.domains.primary).toBe('www.example.com');
  });

  it.each(HOSTILE)('rejects the hostile or malformed domain %j with a message at the field', (domain) => {
    const issues = issuesOf({ domains: { primary: domain } });
    expect(issues['domains.primary']).toMatch(/domain/i);
  });

  it('rejects https:// in a domain with a specific message', () => {
    expect(issuesOf({ domains: { primary: 'https://www.example.com' } })['domains.primary']).toMatch(
      /without https/,
    );
  });

  it('rejects a duplicate extra domain', () => {
    expect(issuesOf({ domains: { additional: ['www.example.com'] } })['domains.additional.0']).toMatch(
      /twice/,
    );
  });

  it('splits a pasted invoke URL into endpoint and stage path', () => {
    const config = ConfigSchema.parse({
      origin: { type: 'apigw-rest', endpoint: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/' },
    });
    expect(config.origin.endpoint).toBe('abc123.execute-api.eu-west-1.amazonaws.com');
    expect(config.origin.path).toBe('/prod');
  });

  it('keeps an explicit origin path over the pasted one', () => {
    const config = ConfigSchema.parse({
      origin: { endpoint: 'https://abc123.execute-api.eu-west-1.amazonaws.com/x', path: '/v1' },
    });
    expect(config.origin.path).toBe('/v1');
  });

  it.each([
    ['apigw-http', 'example.com', /HTTP API endpoint/],
    ['apigw-rest', 'abc.lambda-url.eu-west-1.on.aws', /REST API endpoint/],
    ['lambda-url', 'abc123.execute-api.eu-west-1.amazonaws.com', /function URL/],
    ['alb', 'not a host', /load balancer/],
    ['custom-https', 'http://', /origin/],
  ] as const)('checks a %s endpoint (%s)', (type, endpoint, message) => {
    expect(
      issuesOf({ origin: { type, endpoint, path: type === 'apigw-rest' ? '/prod' : '' } })['origin.endpoint'],
    ).toMatch(message);
  });

  it('requires a stage for a REST API', () => {
    expect(
      issuesOf({ origin: { type: 'apigw-rest', endpoint: 'abc123.execute-api.eu-west-1.amazonaws.com' } })[
        'origin.path'
      ],
    ).toMatch(/stage/);
  });

  it('refuses a certificate outside us-east-1 and says where it is', () => {
    const issues = issuesOf({
      certificate: {
        arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-4000-8000-000000000000',
      },
    });
    expect(issues['certificate.arn']).toMatch(/us-east-1.*eu-west-1/);
  });

  it('needs a hosted zone that contains every domain when it creates records', () => {
    const issues = issuesOf({
      domains: { primary: 'www.example.org' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' },
    });
    expect(issues['dns.hostedZoneName']).toMatch(/not inside/);
  });

  it('refuses forwarding Host to a Lambda function URL', () => {
    expect(
      issuesOf({
        origin: {
          type: 'lambda-url',
          endpoint: 'abc.lambda-url.eu-west-1.on.aws',
          hostStrategy: 'forward-host',
        },
      })['origin.hostStrategy'],
    ).toMatch(/403/);
  });

  it.each(['Host', 'X-Forwarded-Proto', 'x-amz-date', 'bad header', 'X"Y'])(
    'refuses %j as the secret header name',
    (name) => {
      expect(
        issuesOf({ originProtection: { headerName: name } })['originProtection.headerName'],
      ).toBeDefined();
    },
  );

  it('lets the free-text comment hold any printable text up to 128 characters', () => {
    const comment = 'it\'s "quoted" \\ ${x} </script> Café 🥐 — ok';
    expect(ConfigSchema.parse({ distribution: { comment } }).distribution.comment).toBe(comment);
    expect(issuesOf({ distribution: { comment: 'x'.repeat(129) } })['distribution.comment']).toMatch(/128/);
    expect(issuesOf({ distribution: { comment: 'one\ntwo' } })['distribution.comment']).toBe(
      'Not U+000A (a control character): use printable text only, without control, invisible or direction-changing characters',
    );
  });

  it('never throws on garbage input', () => {
    for (const input of [null, 42, 'x', [], { domains: 'x' }, { origin: [] }, { origin: { endpoint: 7 } }]) {
      expect(() => parseConfig(input)).not.toThrow();
      expect(parseConfig(input).success).toBe(false);
    }
  });

  it('accepts a valid endpoint for every origin type', () => {
    const endpoints: Record<
      (typeof ORIGIN_TYPES)[number],
      { endpoint: string; path?: string; vpcOriginArn?: string }
    > = {
      'apigw-http': { endpoint: 'abc123.execute-api.us-east-2.amazonaws.com' },
      'apigw-rest': { endpoint: 'abc123.execute-api.ap-southeast-1.amazonaws.com', path: '/prod' },
      'lambda-url': { endpoint: 'abcdefghij1234567890abcdefghij12.lambda-url.eu-central-1.on.aws' },
      'vpc-origin': {
        endpoint: 'internal-mysite-1234567890.eu-west-1.elb.amazonaws.com',
        vpcOriginArn: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0',
      },
      'ecs-express': { endpoint: 'dj-0123456789abcdef0123456789abcdef.ecs.us-east-2.on.aws' },
      alb: { endpoint: 'origin.example.com' },
      'custom-https': { endpoint: 'app.example.net' },
    };
    for (const type of ORIGIN_TYPES) {
      expect(issuesOf({ origin: { type, ...endpoints[type] } })).toEqual({});
    }
  });
});
