import { describe, expect, it } from 'vitest';
import { checkTemplateAgainstSpec } from '../../test/support/cloudformation/resource-spec-check';
import { ALL_METHODS, CERT, ENDPOINTS, distributionExport } from '../../test/support/diagnose/exports';
import { ALB_LEGACY_TEMPLATE, HTTP_API_TEMPLATE_YAML } from '../../test/support/diagnose/templates';
import { readCloudFormationYaml } from './cloudformation-yaml';
import { MAX_EXPORT_CHARS, readExistingSetup } from './read-existing-setup';

function read(text: string, settings?: string) {
  const result = readExistingSetup(text, settings);
  if (!result.ok) throw new Error(result.error);
  return result.setup;
}

describe('readExistingSetup: get-distribution-config exports', () => {
  it('reads every setting of a realistic export and lists nothing but what the wizard leaves out', () => {
    const setup = read(
      JSON.stringify(
        distributionExport({ domainName: ENDPOINTS['apigw-http'], functions: ['mysite-forward-host'] }),
      ),
    );
    const { distribution } = setup;
    expect(distribution).toMatchObject({
      format: 'get-distribution-config',
      identifier: 'E2QWRUHEXAMPLE',
      aliases: ['www.example.com'],
      certificate: { kind: 'acm', arn: CERT },
      minimumTlsVersion: 'TLSv1.2_2021',
      httpVersion: 'http2and3',
      ipv6: true,
      priceClass: 'PriceClass_All',
    });
    expect(distribution.origins).toEqual([
      expect.objectContaining({
        id: 'django-origin',
        domainName: ENDPOINTS['apigw-http'],
        kind: 'custom',
        originType: 'apigw-http',
        protocolPolicy: 'https-only',
      }),
    ]);
    expect(distribution.defaultBehaviour).toMatchObject({
      viewerProtocolPolicy: 'redirect-to-https',
      allowedMethods: ALL_METHODS,
      cachedMethods: ['HEAD', 'GET'],
      cachePolicy: { kind: 'settings', name: 'Managed-CachingDisabled', maxTtl: 0 },
      originRequestPolicy: {
        kind: 'settings',
        name: 'Managed-AllViewerExceptHostHeader',
        headers: { mode: 'all-except', names: ['host'] },
      },
      functions: [{ eventType: 'viewer-request', name: 'mysite-forward-host', code: null }],
    });
    expect(distribution.behaviours.map((behaviour) => behaviour.pathPattern)).toEqual(['/static/*']);
    // Defaults (ports, timeouts, empty lists) are not noise; only a real setting the wizard leaves out is listed.
    expect(setup.unread.map((item) => item.path)).toEqual(['DistributionConfig.CallerReference']);
  });

  it.each([
    ['apigw-http', ENDPOINTS['apigw-http'], ''],
    ['apigw-rest', ENDPOINTS['apigw-rest'], '/prod'],
    ['lambda-url', ENDPOINTS['lambda-url'], ''],
    ['alb', ENDPOINTS.alb, ''],
    ['custom-https', ENDPOINTS['custom-https'], ''],
  ])('recognises a %s origin by the descriptors’ endpoint rules', (type, domainName, originPath) => {
    const setup = read(JSON.stringify(distributionExport({ domainName, originPath })));
    expect(setup.distribution.origins[0]).toMatchObject({ originType: type, domainName, originPath });
  });

  it('never keeps the value of an origin custom header (the secret)', () => {
    const text = JSON.stringify(
      distributionExport({
        domainName: ENDPOINTS.alb,
        customHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: 's3cr3t-value-123' }],
      }),
    );
    const setup = read(text);
    expect(setup.distribution.origins[0]!.customHeaders).toEqual([{ name: 'X-Origin-Verify' }]);
    expect(JSON.stringify(setup)).not.toContain('s3cr3t-value-123');
  });

  it('reads the output of get-distribution (Distribution.DistributionConfig) and a bare DistributionConfig', () => {
    const exported = distributionExport({ domainName: ENDPOINTS['apigw-http'] });
    const wrapped = {
      ETag: 'E1',
      Distribution: {
        Id: 'EDFDVBD6EXAMPLE',
        Status: 'Deployed',
        DomainName: 'd1.cloudfront.net',
        DistributionConfig: exported.DistributionConfig,
      },
    };
    expect(read(JSON.stringify(wrapped)).distribution.aliases).toEqual(['www.example.com']);
    expect(read(JSON.stringify(exported.DistributionConfig)).distribution.origins).toHaveLength(1);
  });

  it('lists unknown fields and values of the wrong type, and reads the rest', () => {
    const exported = distributionExport({ domainName: ENDPOINTS['apigw-http'] }) as {
      DistributionConfig: Record<string, unknown>;
    };
    Object.assign(exported.DistributionConfig, {
      FancyNewFeature: { Enabled: true },
      HttpVersion: 2,
      IsIPV6Enabled: 'maybe',
    });
    const setup = read(JSON.stringify(exported));
    expect(setup.unread).toEqual(
      expect.arrayContaining([
        {
          path: 'DistributionConfig.FancyNewFeature',
          value: '{"Enabled":true}',
          why: expect.stringContaining('not a setting this reader knows'),
        },
        {
          path: 'DistributionConfig.IsIPV6Enabled',
          value: '"maybe"',
          why: 'expected true or false, found a string: not read',
        },
      ]),
    );
    expect(setup.distribution.httpVersion).toBe('2');
    expect(setup.distribution.ipv6).toBeNull();
    expect(setup.distribution.origins[0]!.domainName).toBe(ENDPOINTS['apigw-http']);
  });
});

describe('readExistingSetup: CloudFormation templates', () => {
  it('the YAML template is a valid CloudFormation template (the AWS resource spec)', () => {
    const parsed = readCloudFormationYaml(HTTP_API_TEMPLATE_YAML);
    expect(parsed.ok).toBe(true);
    expect(checkTemplateAgainstSpec((parsed as { value: unknown }).value)).toEqual([]);
    expect(checkTemplateAgainstSpec(ALB_LEGACY_TEMPLATE)).toEqual([]);
  });

  it('reads a YAML template: parameters by Default, the template’s own policy and function code, the computed endpoint', () => {
    const setup = read(HTTP_API_TEMPLATE_YAML);
    const { distribution } = setup;
    expect(distribution).toMatchObject({
      format: 'cloudformation-yaml',
      identifier: 'Distribution',
      aliases: ['www.example.com'],
      certificate: { kind: 'acm', arn: CERT },
      priceClass: 'PriceClass_100',
    });
    expect(distribution.origins[0]).toMatchObject({
      domainName: '',
      originType: 'apigw-http',
      domainExpression: expect.stringContaining('HttpApi'),
    });
    expect(distribution.defaultBehaviour.cachePolicy).toMatchObject({
      kind: 'settings',
      from: 'template',
      name: 'django-pages',
      defaultTtl: 300,
      cookies: { mode: 'none' },
      queryStrings: { mode: 'all' },
    });
    expect(distribution.defaultBehaviour.functions[0]).toMatchObject({
      name: 'django-forward-host',
      code: expect.stringContaining('x-forwarded-host'),
    });
    const paths = setup.unread.map((item) => item.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'Parameters.DomainName',
        'Parameters.CertificateArn',
        'Resources.Distribution.Properties.Tags',
      ]),
    );
    // The API is used for the endpoint; the policy and function are read: none is listed as left out.
    expect(paths.filter((path) => /^Resources\.(HttpApi|PagesCachePolicy|ForwardHost)$/.test(path))).toEqual(
      [],
    );
  });

  it('reads a JSON template with legacy cache settings', () => {
    const setup = read(JSON.stringify(ALB_LEGACY_TEMPLATE));
    const behaviour = setup.distribution.defaultBehaviour;
    expect(setup.distribution.format).toBe('cloudformation-json');
    expect(behaviour.allowedMethods).toEqual(['GET', 'HEAD']);
    expect(behaviour.cachePolicy).toMatchObject({
      from: 'legacy',
      cookies: { mode: 'none' },
      defaultTtl: 86400,
    });
    expect(behaviour.originRequestPolicy).toMatchObject({
      from: 'legacy',
      headers: { mode: 'only', names: ['host'] },
    });
    expect(setup.distribution.logging).toEqual({
      bucket: 'example-logs.s3.amazonaws.com',
      includeCookies: true,
      prefix: 'cf/',
    });
    expect(setup.distribution.origins[0]).toMatchObject({ originType: 'alb', protocolPolicy: 'http-only' });
  });

  it('a template without a distribution says what it holds', () => {
    const result = readExistingSetup(JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } }));
    expect(result).toEqual({
      ok: false,
      error:
        'The template cannot be used: the template has no AWS::CloudFront::Distribution (it holds AWS::S3::Bucket).',
    });
  });
});

describe('readExistingSetup: hostile files get one clear message', () => {
  it.each([
    ['empty', '   ', /^Nothing to read/],
    ['not JSON', '{"ETag": ', /^The file cannot be read: this is not valid JSON/],
    ['not YAML either', 'a: [1, 2\nb: }', /^The file cannot be read: this is neither JSON nor readable YAML/],
    ['a list', '[1, 2, 3]', /^The file holds a list/],
    ['a number', '42', /^The file holds a single value/],
    [
      'JSON of something else',
      '{"name": "my-package", "version": "1.0.0"}',
      /^This is JSON, but not a distribution/,
    ],
    [
      'a distribution without origins',
      JSON.stringify({
        ETag: 'E1',
        DistributionConfig: { Origins: { Quantity: 0 }, DefaultCacheBehavior: {} },
      }),
      /has no Origins/,
    ],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, /nests deeper than 64 levels/],
    [
      'a YAML alias bomb',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(i === 0 ? '*a' : `*b${i - 1}`)
            .join(',')}]`,
      ).join('\n')}\n`,
      /cannot be read/,
    ],
  ])('%s', (_name, text, message) => {
    const result = readExistingSetup(text);
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(message);
  });

  it('a huge file is refused before parsing, quickly', () => {
    const start = Date.now();
    const result = readExistingSetup(`{"ETag": "${'x'.repeat(MAX_EXPORT_CHARS)}"}`);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is 2\.0 MB: larger than any distribution config/),
    });
    expect(Date.now() - start).toBeLessThan(200);
  });

  it('a list of 2 000 origins is read up to the cap, and the rest is listed', () => {
    const exported = distributionExport({ domainName: ENDPOINTS['apigw-http'] }) as {
      DistributionConfig: { Origins: { Items: unknown[]; Quantity: number } };
    };
    const origin = exported.DistributionConfig.Origins.Items[0];
    exported.DistributionConfig.Origins = {
      Quantity: 2_000,
      Items: Array.from({ length: 2_000 }, () => origin),
    };
    const setup = read(JSON.stringify(exported));
    expect(setup.distribution.origins).toHaveLength(100);
    expect(setup.unread).toContainEqual(
      expect.objectContaining({
        path: 'DistributionConfig.Origins.Items[100…1999]',
        value: '1900 more items',
      }),
    );
  });

  it('wrong types everywhere: listed, never thrown', () => {
    const text = JSON.stringify({
      ETag: 7,
      DistributionConfig: {
        Aliases: 'www.example.com',
        Origins: { Quantity: 1, Items: [{ Id: 3, DomainName: ['x'], CustomHeaders: 'no' }, 'not an origin'] },
        DefaultCacheBehavior: {
          TargetOriginId: null,
          AllowedMethods: 5,
          CachePolicyId: { a: 1 },
          FunctionAssociations: { Quantity: 1, Items: [{ EventType: 'origin-request', FunctionARN: 1 }] },
        },
        ViewerCertificate: [],
      },
    });
    const setup = read(text);
    const whys = setup.unread.map((item) => `${item.path}: ${item.why}`);
    expect(whys).toEqual(
      expect.arrayContaining([
        'DistributionConfig.Aliases: expected a list, found a string: not read',
        'DistributionConfig.Origins.Items[0].DomainName: expected text, found a list: not read',
        'DistributionConfig.Origins.Items[1]: expected an object, found a string: not read',
        'DistributionConfig.ViewerCertificate: expected an object, found a list: not read',
      ]),
    );
    expect(setup.distribution.aliases).toEqual([]);
  });
});

describe('readExistingSetup: YAML oddities', () => {
  it('an unknown tag is listed, the rest read', () => {
    const text = HTTP_API_TEMPLATE_YAML.replace('Comment: Django', 'Comment: !Frobnicate Django');
    const setup = read(text);
    expect(setup.unread).toContainEqual(
      expect.objectContaining({ path: '(YAML)', why: expect.stringContaining('!Frobnicate') }),
    );
    expect(setup.distribution.aliases).toEqual(['www.example.com']);
  });

  it('duplicate keys are refused with the line', () => {
    const result = readExistingSetup('Resources:\n  A:\n    Type: x\n  A:\n    Type: y\n');
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^The file cannot be read: this is neither JSON nor readable YAML \(Map keys must be unique/,
      ),
    });
  });
});
