import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../../config/schema';
import { deploymentFor, generatedKeysFor, type Deployment } from '../../model';
import {
  ORIGIN_SECRET_ENV_VAR,
  PREVIOUS_ORIGIN_SECRET_ENV_VAR,
  urlPrefixOf,
} from '../../model/django-settings';
import { FIXTURES } from '../../../test/support/fixtures';
import { djangoTarget } from './index';
import { commentLines } from './settings-file';

function config(input: ConfigInput = {}): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

function fileOf(cfg: Config, path: string): string | undefined {
  return djangoTarget.generate(deploymentFor(cfg)).find((file) => file.path === path)?.contents;
}

/** Runs each generated settings file in Python and returns every UPPER_CASE name it defines (one process). */
function evaluateSettings(sources: string[], pkg = 'mysite'): Record<string, unknown>[] {
  const script = [
    'import json, sys',
    'out = []',
    'for source in json.loads(sys.stdin.read()):',
    '    ns = {"__package__": sys.argv[1], "__name__": sys.argv[1] + ".cloudfront_settings"}',
    '    exec(compile(source, "cloudfront_settings.py", "exec"), ns)',
    '    out.append({k: v for k, v in ns.items() if k.isupper()})',
    'print(json.dumps(out))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script, pkg], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>[];
}
const evaluateOne = (source: string, pkg?: string) => evaluateSettings([source], pkg)[0]!;

const settingsOf = (cfg: Config) => fileOf(cfg, 'django/cloudfront_settings.py')!;

const SECRET_LAMBDA: ConfigInput = {
  origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
  originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
  securityHeaders: { mode: 'managed' },
};

/** What Python must find in cloudfront_settings.py for this deployment: `deployment.django`, nothing else. */
function expectedValues(deployment: Deployment): Record<string, unknown> {
  const django = deployment.django;
  return {
    ALLOWED_HOSTS: django.allowedHosts,
    USE_X_FORWARDED_HOST: django.useXForwardedHost,
    SECURE_PROXY_SSL_HEADER: django.secureProxySslHeader
      ? [django.secureProxySslHeader.metaKey, django.secureProxySslHeader.value]
      : null,
    CSRF_TRUSTED_ORIGINS: django.csrfTrustedOrigins,
    SESSION_COOKIE_SECURE: django.sessionCookieSecure,
    CSRF_COOKIE_SECURE: django.csrfCookieSecure,
    SECURE_SSL_REDIRECT: django.secureSslRedirect,
    SECURE_HSTS_SECONDS: django.hsts?.seconds ?? 0,
    ...(django.hsts
      ? {
          SECURE_HSTS_INCLUDE_SUBDOMAINS: django.hsts.includeSubdomains,
          SECURE_HSTS_PRELOAD: django.hsts.preload,
        }
      : {}),
    ...(django.staticFiles ? { STATIC_URL: django.staticFiles.url } : {}),
    ...(django.mediaFiles ? { MEDIA_URL: django.mediaFiles.url } : {}),
    ...(django.originVerify
      ? {
          CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE: 'mysite.origin_verify.OriginVerifyMiddleware',
          CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS: django.originVerify.exemptPaths,
        }
      : {}),
    ...(django.silencedChecks.length > 0
      ? { SILENCED_SYSTEM_CHECKS: django.silencedChecks.map((check) => check.id) }
      : {}),
    // Django 6's CSP dict: each directive's values, True for one without (checked statically: no Django 6 here).
    ...(django.csp
      ? {
          [django.csp.setting]: Object.fromEntries(
            django.csp.directives.map(({ name, values }) => [name, values.length === 0 ? true : values]),
          ),
          CLOUDFRONT_CSP_MIDDLEWARE: 'django.middleware.csp.ContentSecurityPolicyMiddleware',
        }
      : {}),
  };
}

describe('django target', () => {
  it('is an application target without deploy steps', () => {
    expect(djangoTarget.kind).toBe('application');
    expect(djangoTarget.steps).toBeUndefined();
  });

  it('writes the settings and README, and the middleware only when the secret header is on', () => {
    expect(djangoTarget.generate(deploymentFor(config())).map((file) => file.path)).toEqual([
      'django/cloudfront_settings.py',
      'django/requirements.txt',
      'django/README.md',
    ]);
    expect(djangoTarget.generate(deploymentFor(config(SECRET_LAMBDA))).map((file) => file.path)).toEqual([
      'django/cloudfront_settings.py',
      'django/origin_verify.py',
      'django/requirements.txt',
      'django/README.md',
    ]);
  });

  it('comments every assignment with the reason', () => {
    const lines = settingsOf(config(SECRET_LAMBDA)).split('\n');
    const assignments = lines.flatMap((line, index) => (/^[A-Z_]+ = /.test(line) ? [index] : []));
    expect(assignments.length).toBeGreaterThanOrEqual(10);
    for (const index of assignments) expect(lines[index - 1]).toMatch(/^# \S/);
  });
});

describe('every fixture: the settings Python evaluates are the model’s, and every key is tagged', () => {
  const deployments = FIXTURES.map((fixture) => ({
    name: fixture.name,
    deployment: deploymentFor(fixture.config),
  }));
  const files = deployments.map(({ deployment }) => djangoTarget.generate(deployment));
  const values = evaluateSettings(files.map((generated) => generated[0]!.contents));

  it.each(deployments.map((entry, index) => ({ ...entry, index })))('$name', ({ deployment, index }) => {
    expect(values[index]).toEqual(expectedValues(deployment));
    const generated = files[index]!;
    const tagged = new Set(generated.flatMap((file) => (file.explained ?? []).map((tag) => tag.key)));
    for (const key of generatedKeysFor(deployment, 'application')) expect(tagged, key).toContain(key);
    // Each tag sits on an assignment (settings) or a module constant (middleware), never on a comment.
    for (const file of generated) {
      const lines = file.contents.split('\n');
      for (const tag of file.explained ?? []) expect(lines[tag.line - 1]).toMatch(/^[A-Z_]+ = /);
    }
  });

  it('tags each Django setting on its own assignment', () => {
    const generated = djangoTarget.generate(
      deploymentFor(config({ ...SECRET_LAMBDA, securityHeaders: { mode: 'none' } })),
    );
    const settings = generated[0]!;
    const lines = settings.contents.split('\n');
    const nameOf = (line: number) => lines[line - 1]!.split(' = ')[0];
    const byKey = new Map<string, string[]>();
    for (const tag of settings.explained ?? [])
      byKey.set(tag.key, [...(byKey.get(tag.key) ?? []), nameOf(tag.line)!]);
    expect(Object.fromEntries(byKey)).toEqual({
      'generated.django.allowedHosts': ['ALLOWED_HOSTS'],
      'generated.django.useXForwardedHost': ['USE_X_FORWARDED_HOST'],
      'generated.django.secureProxySslHeader': ['SECURE_PROXY_SSL_HEADER'],
      'generated.django.csrfTrustedOrigins': ['CSRF_TRUSTED_ORIGINS'],
      'generated.django.sessionCookieSecure': ['SESSION_COOKIE_SECURE'],
      'generated.django.csrfCookieSecure': ['CSRF_COOKIE_SECURE'],
      'generated.django.secureSslRedirect': ['SECURE_SSL_REDIRECT'],
      'generated.django.hsts': [
        'SECURE_HSTS_SECONDS',
        'SECURE_HSTS_INCLUDE_SUBDOMAINS',
        'SECURE_HSTS_PRELOAD',
      ],
      'generated.originSecretHeader': [
        'CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE',
        'CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS',
      ],
      'generated.django.silencedChecks': ['SILENCED_SYSTEM_CHECKS'],
    });
    const middleware = generated[1]!;
    const middlewareLines = middleware.contents.split('\n');
    expect((middleware.explained ?? []).map((tag) => middlewareLines[tag.line - 1]!.split(' = ')[0])).toEqual(
      ['HEADER_META_KEY', 'SECRET_ENV_VAR', 'PREVIOUS_SECRET_ENV_VAR'],
    );
  });
});

describe('django target: values, evaluated by Python', () => {
  it('default (HTTP API + function): public host only, forwarded host and proto, secure cookies, HSTS from CloudFront', () => {
    const values = evaluateOne(settingsOf(config()));
    expect(values).toMatchObject({
      ALLOWED_HOSTS: ['www.example.com'],
      USE_X_FORWARDED_HOST: true,
      SECURE_PROXY_SSL_HEADER: ['HTTP_X_FORWARDED_PROTO', 'https'],
      CSRF_TRUSTED_ORIGINS: ['https://www.example.com'],
      SESSION_COOKIE_SECURE: true,
      CSRF_COOKIE_SECURE: true,
      SECURE_SSL_REDIRECT: false,
      // The default custom response headers policy sends HSTS: Django sends none (one place).
      SECURE_HSTS_SECONDS: 0,
      SILENCED_SYSTEM_CHECKS: ['security.W004', 'security.W008'],
      STATIC_URL: '/static/',
    });
    expect(evaluateOne(settingsOf(config({ securityHeaders: { mode: 'none' } })))).toMatchObject({
      SECURE_HSTS_SECONDS: 3600,
      SECURE_HSTS_INCLUDE_SUBDOMAINS: false,
      SECURE_HSTS_PRELOAD: false,
    });
    expect(values).not.toHaveProperty('CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE');
    expect(values).not.toHaveProperty('MEDIA_URL');
  });

  it('never lists "*" or the origin name in ALLOWED_HOSTS, for every fixture', () => {
    const values = evaluateSettings(FIXTURES.map((fixture) => settingsOf(fixture.config)));
    FIXTURES.forEach(({ config: cfg }, index) => {
      expect(values[index]!.ALLOWED_HOSTS).toEqual([cfg.domains.primary, ...cfg.domains.additional]);
      expect(values[index]!.ALLOWED_HOSTS).not.toContain('*');
      expect(values[index]!.ALLOWED_HOSTS).not.toContain(cfg.origin.endpoint);
    });
  });

  it('reads X-Forwarded-Host only with the function strategy', () => {
    const forward = config({
      origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
    });
    expect(evaluateOne(settingsOf(forward)).USE_X_FORWARDED_HOST).toBe(false);
    expect(fileOf(forward, 'django/README.md')).toContain('AllViewer**');
  });

  it('leaves HSTS to CloudFront when a response headers policy sends it (no double header)', () => {
    for (const mode of ['managed', 'custom'] as const) {
      const values = evaluateOne(settingsOf(config({ securityHeaders: { mode } })));
      expect(values.SECURE_HSTS_SECONDS).toBe(0);
      expect(values).not.toHaveProperty('SECURE_HSTS_INCLUDE_SUBDOMAINS');
    }
  });

  it('follows the static and media path patterns', () => {
    const values = evaluateOne(
      settingsOf(
        config({
          staticFiles: { enabled: true, pathPattern: '/assets/static/*' },
          mediaFiles: { enabled: true, pathPattern: '/uploads*' },
        }),
      ),
    );
    expect(values).toMatchObject({ STATIC_URL: '/assets/static/', MEDIA_URL: '/uploads/' });
    expect(urlPrefixOf('/static/*')).toBe('/static/');
  });

  it('exports the middleware path relative to the settings package, and a top-level one', () => {
    const source = settingsOf(config(SECRET_LAMBDA));
    expect(evaluateOne(source, '').CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE).toBe(
      'origin_verify.OriginVerifyMiddleware',
    );
  });
});

describe('the ALLOWED_HOSTS comment says what a request round CloudFront gets', () => {
  const commentAbove = (source: string) => {
    const lines = source.split('\n');
    const at = lines.findIndex((line) => line.startsWith('ALLOWED_HOSTS = '));
    let start = at;
    while (start > 0 && lines[start - 1]!.startsWith('# ')) start -= 1;
    return lines
      .slice(start, at)
      .map((line) => line.slice(2))
      .join(' ');
  };

  it('without protection: refused only without X-Forwarded-Host, served with a forged one', () => {
    const text = commentAbove(settingsOf(config()));
    expect(text).toContain('One without X-Forwarded-Host is refused (400 DisallowedHost');
    expect(text).toContain('X-Forwarded-Host: www.example.com itself is answered (200)');
    expect(text).not.toMatch(/goes round CloudFront to it is refused/);
  });

  it('forward-host without protection: a request with the public Host is served', () => {
    const text = commentAbove(
      settingsOf(
        config({ origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } }),
      ),
    );
    expect(text).toContain('one with Host: www.example.com is answered (200)');
  });

  it('with the secret header: 403 from the middleware; with Lambda OAC: 403 from the function URL', () => {
    expect(commentAbove(settingsOf(config(SECRET_LAMBDA)))).toContain('is refused by origin_verify.py (403)');
    const oac = commentAbove(
      settingsOf(
        config({
          origin: {
            type: 'lambda-url',
            endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
            lambdaUrlAuth: 'oac',
            lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
          },
        }),
      ),
    );
    expect(oac).toContain('answers 403 to any request that CloudFront');
    expect(oac).not.toContain('(200)');
  });
});

describe('origin_verify.py', () => {
  const cfg = config({
    ...SECRET_LAMBDA,
    originProtection: { secretHeader: true, headerName: 'X-Site-Secret-2' },
  });
  const deployment = deploymentFor(cfg);
  const source = fileOf(cfg, 'django/origin_verify.py')!;

  it('reads the secret under the deploy inputs’ names, the same the model gives the edge', () => {
    const names = deployment.inputs.map((input) => [input.key, input.name, input.from.version]);
    expect(names).toEqual([
      ['originSecret', ORIGIN_SECRET_ENV_VAR, 'AWSCURRENT'],
      ['previousOriginSecret', PREVIOUS_ORIGIN_SECRET_ENV_VAR, 'AWSPREVIOUS'],
    ]);
    expect(deployment.django.originVerify).toMatchObject({
      envVar: ORIGIN_SECRET_ENV_VAR,
      previousEnvVar: PREVIOUS_ORIGIN_SECRET_ENV_VAR,
      metaKey: 'HTTP_X_SITE_SECRET_2',
    });
    expect(source).toContain('HEADER_META_KEY = "HTTP_X_SITE_SECRET_2"');
    expect(source).toContain(`SECRET_ENV_VAR = "${ORIGIN_SECRET_ENV_VAR}"`);
    expect(source).toContain(`PREVIOUS_SECRET_ENV_VAR = "${PREVIOUS_ORIGIN_SECRET_ENV_VAR}"`);
    expect(source).toContain(deployment.originSecret!.secretName);
  });

  it('compares both values every time, in constant time, without short-circuit', () => {
    expect(source).toContain('matches_current = hmac.compare_digest(received, self.current)');
    expect(source).toContain('matches_previous = hmac.compare_digest(received, self.previous)');
    expect(source).toContain('if not (matches_current | matches_previous):');
    expect(source).not.toMatch(/compare_digest\([^)]*\) or /);
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: source });
  });
});

describe('README', () => {
  it('explains the import, the proto header and, for a named HTTP API stage, the stage path', () => {
    const readme = fileOf(config({ origin: { type: 'apigw-http', path: '/live' } }), 'django/README.md')!;
    expect(readme).toContain('from .cloudfront_settings import *');
    expect(readme).toContain('API Gateway (HTTP API) sets X-Forwarded-Proto: https');
    expect(readme).toContain('api_gateway_base_path');
    expect(readme).not.toContain('S3 bucket');
    const s3 = fileOf(config({ staticFiles: { enabled: true, source: 's3' } }), 'django/README.md')!;
    expect(s3).toContain('static files (`/static/*`) from an S3 bucket');
    const alb = fileOf(
      config({ origin: { type: 'alb', endpoint: 'origin.example.com' } }),
      'django/README.md',
    )!;
    expect(alb).not.toContain('to any other Host');
    const albPath = fileOf(
      config({ origin: { type: 'alb', endpoint: 'origin.example.com', path: '/app' } }),
      'django/README.md',
    )!;
    expect(albPath).toContain('Django receives it unless something in front strips it');
    expect(albPath).not.toContain('api_gateway_base_path');
  });

  it('says where the secret comes from and the rotation steps in order', () => {
    const deployment = deploymentFor(config(SECRET_LAMBDA));
    const readme = djangoTarget
      .generate(deployment)
      .find((file) => file.path === 'django/README.md')!.contents;
    const secret = deployment.originSecret!;
    expect(readme).toContain(`\`${secret.secretName}\` in ${secret.secretRegion}`);
    for (const where of ['**Lambda**', '**ECS**', 'boto3', '"valueFrom": "<secret ARN>::AWSPREVIOUS:"'])
      expect(readme).toContain(where);
    const steps = [
      'aws secretsmanager put-secret-value',
      `Redeploy Django with \`${ORIGIN_SECRET_ENV_VAR}\` = the new value`,
      'Deploy the stack `mysite-cloudfront` again',
      'the changed reference updates the distribution',
      'aws cloudfront wait distribution-deployed',
      `then unset \`${PREVIOUS_ORIGIN_SECRET_ENV_VAR}\``,
    ];
    const positions = steps.map((step) => readme.indexOf(step));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(fileOf(config(), 'django/README.md')).not.toContain('## The origin secret');
  });
});

describe('commentLines', () => {
  it('wraps at the width and keeps every word', () => {
    const text = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const lines = commentLines(text, 40);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(42 + 8);
    expect(lines.map((line) => line.slice(2)).join(' ')).toBe(text);
  });

  it('turns a line break in the text into a space (a comment never ends early)', () => {
    expect(commentLines('a\nb = 1', 40)).toEqual(['# a b = 1']);
  });
});
