import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import { FIXTURES, fixture, parseFixture } from '../../../test/support/fixtures';
import { manage, stopAll, venvPresent, writeGeneratedDjango } from '../../../test/support/django/servers';
import { djangoTarget } from './index';

/**
 * `manage.py check --deploy` in the real Django 5.2 of .venv, over a normal project's settings
 * (e2e/django/testsite/deploy_settings.py: startproject's apps and middleware, a random secret key) with the
 * generated cloudfront_settings.py imported last: it reports nothing but the checks the bundle silences, each
 * with what covers it. Django 6.0 and 6.1 have no wheel on this machine: their output is checked statically.
 */
const CI = process.env.CI === 'true';
afterAll(stopAll);

const secretKey = () => randomBytes(40).toString('base64url');

const CASES = [
  'seed',
  'managed-security-headers',
  'custom-security-headers',
  'http-api-named-stage-media-s3',
  'secret-header',
  'forward-host-alb',
  's3-static-and-media',
];
const EXTRA = {
  'django-hsts-no-subdomains': { securityHeaders: { mode: 'none' as const } },
  'django-ssl-redirect': { django: { secureSslRedirect: true } },
};

describe.skipIf(!venvPresent() && !CI)('check --deploy on the generated settings (real Django 5.2)', () => {
  const configs = [
    ...CASES.map((name) => ({ name, config: fixture(name) })),
    ...Object.entries(EXTRA).map(([name, input]) => ({ name, config: parseFixture(name, input) })),
  ];
  it.each(configs.map(({ name }) => name))('%s: no issue but the silenced ones', (name) => {
    const config = configs.find((entry) => entry.name === name)!.config;
    const silenced = deploymentFor(config).django.silencedChecks;
    const dir = writeGeneratedDjango(config);
    const result = manage(dir, ['check', '--deploy', '--fail-level', 'WARNING'], {
      DJANGO_SETTINGS_MODULE: 'testsite.deploy_settings',
      DJANGO_SECRET_KEY: secretKey(),
      ORIGIN_VERIFY_SECRET: 'check-deploy-secret',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`System check identified no issues (${silenced.length} silenced).`);
  });

  it('the checks can fail: without the silenced list Django reports exactly those', () => {
    const config = fixture('seed');
    const silenced = deploymentFor(config).django.silencedChecks.map((check) => check.id);
    expect(silenced).toEqual(['security.W004', 'security.W008']);
    const dir = writeGeneratedDjango(config, (source) =>
      source.replace(/^SILENCED_SYSTEM_CHECKS = .*$/m, 'SILENCED_SYSTEM_CHECKS = []'),
    );
    const result = manage(dir, ['check', '--deploy', '--fail-level', 'WARNING'], {
      DJANGO_SETTINGS_MODULE: 'testsite.deploy_settings',
      DJANGO_SECRET_KEY: secretKey(),
    });
    expect(result.status).not.toBe(0);
    for (const id of silenced) expect(result.output).toContain(`(${id})`);
  });
});

describe('every silenced check says what covers it, in the file', () => {
  it.each(FIXTURES.map(({ name }) => name))('%s', (name) => {
    const deployment = deploymentFor(fixture(name));
    const settings = djangoTarget
      .generate(deployment)
      .find((file) => file.path === 'django/cloudfront_settings.py')!;
    for (const check of deployment.django.silencedChecks) {
      expect(settings.contents).toContain(`"${check.id}"`);
      expect(settings.contents.replace(/\n# /g, ' ')).toContain(
        `${check.id}: ${check.coveredBy}`.slice(0, 60),
      );
    }
  });
});

describe('Django 6.0 and 6.1 (checked statically: no Django 6 wheel on this machine)', () => {
  for (const version of ['5.2', '6.0', '6.1'] as const) {
    it(`${version}: requirements pin the series and say the Python versions`, () => {
      const files = djangoTarget.generate(deploymentFor(parseFixture(version, { django: { version } })));
      const requirements = files.find((file) => file.path === 'django/requirements.txt')!.contents;
      const python = version === '5.2' ? '3.10 to 3.14' : '3.12 to 3.14';
      expect(requirements).toContain(`Python ${python}`);
      expect(requirements).toMatch(new RegExp(`^Django>=${version.replace('.', '\\.')}(\\.8)?,<`, 'm'));
      const readme = files.find((file) => file.path === 'django/README.md')!.contents;
      if (version === '5.2') expect(readme).not.toContain('SECURE_CSP');
      // CloudFront sends CSP by default: Django's must stay unset, or its nonce would be replaced.
      else expect(readme).toMatch(/leave `SECURE_CSP` and `SECURE_CSP_REPORT_ONLY` unset/);
      if (version === '5.2') return;
      const fromDjango = djangoTarget.generate(
        deploymentFor(parseFixture(version, { django: { version }, securityHeaders: { csp: 'django' } })),
      );
      const djangoReadme = fromDjango.find((file) => file.path === 'django/README.md')!.contents;
      expect(djangoReadme).toMatch(/nonce .*cannot be used on pages CloudFront caches/);
      expect(djangoReadme).toContain('MIDDLEWARE = [*MIDDLEWARE, CLOUDFRONT_CSP_MIDDLEWARE]');
    });
  }

  it('the proxy settings are the same for every version (Django changed none of them)', () => {
    const settings = (version: '5.2' | '6.0' | '6.1') =>
      djangoTarget
        .generate(deploymentFor(parseFixture(version, { django: { version } })))
        .find((file) => file.path === 'django/cloudfront_settings.py')!.contents;
    expect(settings('6.0')).toBe(settings('5.2'));
    expect(settings('6.1')).toBe(settings('5.2'));
  });
});
