import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../../config/schema';
import { djangoTarget } from './index';
import { djangoSettingsFor, urlPrefixOf } from '../../model/django-settings';
import { commentLines } from './settings-file';
import { deploymentFor } from '../../model';

function config(input: ConfigInput = {}): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

function fileOf(cfg: Config, path: string): string | undefined {
  return djangoTarget.generate(deploymentFor(cfg)).find((file) => file.path === path)?.contents;
}

/** Runs the generated settings in Python and returns every UPPER_CASE name it defines, as JSON. */
function evaluateSettings(source: string, pkg = 'mysite'): Record<string, unknown> {
  const script = [
    'import json, sys',
    'ns = {"__package__": sys.argv[1], "__name__": sys.argv[1] + ".cloudfront_settings"}',
    'exec(compile(sys.stdin.read(), "cloudfront_settings.py", "exec"), ns)',
    'print(json.dumps({k: v for k, v in ns.items() if k.isupper()}))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script, pkg], { input: source, encoding: 'utf8' });
  return JSON.parse(out) as Record<string, unknown>;
}

const SECRET_LAMBDA: ConfigInput = {
  origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
  originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
  securityHeaders: { mode: 'managed' },
};

describe('django target: files', () => {
  it('writes the settings and README, and the middleware only when the secret header is on', () => {
    expect(djangoTarget.generate(deploymentFor(config())).map((file) => file.path)).toEqual([
      'django/cloudfront_settings.py',
      'django/README.md',
    ]);
    expect(djangoTarget.generate(deploymentFor(config(SECRET_LAMBDA))).map((file) => file.path)).toEqual([
      'django/cloudfront_settings.py',
      'django/origin_verify.py',
      'django/README.md',
    ]);
  });

  it('comments every assignment with the reason', () => {
    const source = fileOf(config(SECRET_LAMBDA), 'django/cloudfront_settings.py')!;
    const lines = source.split('\n');
    const assignments = lines.flatMap((line, index) => (/^[A-Z_]+ = /.test(line) ? [index] : []));
    expect(assignments.length).toBeGreaterThanOrEqual(10);
    for (const index of assignments) expect(lines[index - 1]).toMatch(/^# \S/);
  });
});

describe('django target: values, evaluated by Python', () => {
  it('default (HTTP API + function): public host only, forwarded host and proto, secure cookies, HSTS from Django', () => {
    const values = evaluateSettings(fileOf(config(), 'django/cloudfront_settings.py')!);
    expect(values).toMatchObject({
      ALLOWED_HOSTS: ['www.example.com'],
      USE_X_FORWARDED_HOST: true,
      SECURE_PROXY_SSL_HEADER: ['HTTP_X_FORWARDED_PROTO', 'https'],
      CSRF_TRUSTED_ORIGINS: ['https://www.example.com'],
      SESSION_COOKIE_SECURE: true,
      CSRF_COOKIE_SECURE: true,
      SECURE_SSL_REDIRECT: false,
      SECURE_HSTS_SECONDS: 31_536_000,
      SECURE_HSTS_INCLUDE_SUBDOMAINS: false,
      SECURE_HSTS_PRELOAD: false,
      STATIC_URL: '/static/',
    });
    expect(values).not.toHaveProperty('CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE');
    expect(values).not.toHaveProperty('MEDIA_URL');
  });

  it('never lists "*" or the origin name in ALLOWED_HOSTS, for every origin type and strategy', () => {
    const inputs: ConfigInput[] = [
      {},
      { origin: { type: 'apigw-rest', path: '/prod' } },
      { origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' } },
      { origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } },
      { origin: { type: 'custom-https', endpoint: 'app.example.net' } },
      { domains: { primary: 'www.example.org', additional: ['example.org'] } },
    ];
    for (const input of inputs) {
      const cfg = config(input);
      const values = evaluateSettings(fileOf(cfg, 'django/cloudfront_settings.py')!);
      expect(values.ALLOWED_HOSTS).toEqual([cfg.domains.primary, ...cfg.domains.additional]);
      expect(values.ALLOWED_HOSTS).not.toContain('*');
      expect(values.ALLOWED_HOSTS).not.toContain(cfg.origin.endpoint);
      expect(values.CSRF_TRUSTED_ORIGINS).toEqual(
        [cfg.domains.primary, ...cfg.domains.additional].map((name) => `https://${name}`),
      );
    }
  });

  it('reads X-Forwarded-Host only with the function strategy', () => {
    const forward = config({
      origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
    });
    expect(evaluateSettings(fileOf(forward, 'django/cloudfront_settings.py')!).USE_X_FORWARDED_HOST).toBe(
      false,
    );
    expect(fileOf(forward, 'django/README.md')).toContain('AllViewer**');
  });

  it('leaves HSTS to CloudFront when a response headers policy sends it (no double header)', () => {
    for (const mode of ['managed', 'custom'] as const) {
      const values = evaluateSettings(
        fileOf(config({ securityHeaders: { mode } }), 'django/cloudfront_settings.py')!,
      );
      expect(values.SECURE_HSTS_SECONDS).toBe(0);
      expect(values).not.toHaveProperty('SECURE_HSTS_INCLUDE_SUBDOMAINS');
      expect(values).not.toHaveProperty('SECURE_HSTS_PRELOAD');
    }
    const own = evaluateSettings(
      fileOf(
        config({
          securityHeaders: {
            mode: 'none',
            hstsMaxAgeSeconds: 63_072_000,
            hstsIncludeSubdomains: true,
            hstsPreload: true,
          },
        }),
        'django/cloudfront_settings.py',
      )!,
    );
    expect(own).toMatchObject({
      SECURE_HSTS_SECONDS: 63_072_000,
      SECURE_HSTS_INCLUDE_SUBDOMAINS: true,
      SECURE_HSTS_PRELOAD: true,
    });
  });

  it('follows the static and media path patterns and the SSL redirect choice', () => {
    const values = evaluateSettings(
      fileOf(
        config({
          staticFiles: { enabled: true, pathPattern: '/assets/static/*' },
          mediaFiles: { enabled: true, pathPattern: '/uploads*' },
          django: { secureSslRedirect: true },
        }),
        'django/cloudfront_settings.py',
      )!,
    );
    expect(values).toMatchObject({
      STATIC_URL: '/assets/static/',
      MEDIA_URL: '/uploads/',
      SECURE_SSL_REDIRECT: true,
    });
    expect(urlPrefixOf('/static/*')).toBe('/static/');
    const noStatic = evaluateSettings(
      fileOf(config({ staticFiles: { enabled: false } }), 'django/cloudfront_settings.py')!,
    );
    expect(noStatic).not.toHaveProperty('STATIC_URL');
  });

  it('exports the middleware path relative to the settings package, and a top-level one', () => {
    const source = fileOf(config(SECRET_LAMBDA), 'django/cloudfront_settings.py')!;
    expect(evaluateSettings(source, 'mysite').CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE).toBe(
      'mysite.origin_verify.OriginVerifyMiddleware',
    );
    expect(evaluateSettings(source, '').CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE).toBe(
      'origin_verify.OriginVerifyMiddleware',
    );
    expect(evaluateSettings(source).CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS).toEqual([]);
  });
});

describe('origin_verify.py', () => {
  it('compares the configured header in constant time with the secret from the environment', () => {
    const cfg = config({
      ...SECRET_LAMBDA,
      originProtection: { secretHeader: true, headerName: 'X-Site-Secret-2' },
    });
    const source = fileOf(cfg, 'django/origin_verify.py')!;
    expect(source).toContain('HEADER_META_KEY = "HTTP_X_SITE_SECRET_2"');
    expect(source).toContain('os.environ.get(SECRET_ENV_VAR, "")');
    expect(source).toContain('SECRET_ENV_VAR = "ORIGIN_VERIFY_SECRET"');
    expect(source).toContain('hmac.compare_digest(received, self.secret)');
    expect(djangoSettingsFor(cfg).originVerify?.metaKey).toBe('HTTP_X_SITE_SECRET_2');
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
    expect(alb).not.toContain('answers 403 to any other Host');
  });
});

describe('commentLines', () => {
  it('wraps at the width and keeps every word', () => {
    const text = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const lines = commentLines(text, 40);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(42 + 8);
    expect(lines.map((line) => line.slice(2)).join(' ')).toBe(text);
  });
});
