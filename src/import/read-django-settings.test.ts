import { describe, expect, it } from 'vitest';
import { GOOD_DJANGO_SETTINGS } from '../../test/support/diagnose/exports';
import { evaluatePythonLiteral } from './python-literal';
import { MAX_SETTINGS_CHARS, readDjangoSettings } from './read-django-settings';

function settingsOf(text: string) {
  const result = readDjangoSettings(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('readDjangoSettings (pasted text, never run)', () => {
  it('reads the literals the checks use, with their lines; other lines are listed with why', () => {
    const { settings, unread } = settingsOf(GOOD_DJANGO_SETTINGS);
    expect(settings).toMatchObject({
      debug: { kind: 'literal', value: false, line: 4 },
      allowedHosts: { kind: 'literal', value: ['www.example.com'], line: 5 },
      useXForwardedHost: { kind: 'literal', value: true },
      secureProxySslHeader: { kind: 'literal', value: ['HTTP_X_FORWARDED_PROTO', 'https'] },
      csrfTrustedOrigins: { kind: 'literal', value: ['https://www.example.com'], line: 8 },
      staticUrl: { kind: 'literal', value: '/static/' },
    });
    expect(unread).toEqual([
      {
        path: 'settings line 3',
        value: '"import os"',
        why: 'not a plain setting assignment: not read (nothing is run)',
      },
      {
        path: 'settings line 13',
        value: expect.stringContaining('SECRET_KEY'),
        why: 'SECRET_KEY is not a setting these checks use: left out',
      },
    ]);
  });

  it('keeps computed values as their source, and says so', () => {
    const { settings, unread } = settingsOf(
      'ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")\nUSE_X_FORWARDED_HOST = f"{x}"\nCSRF_TRUSTED_ORIGINS += ["https://a"]\n',
    );
    expect(settings.allowedHosts).toEqual({ kind: 'computed', source: 'env.list("ALLOWED_HOSTS")', line: 1 });
    expect(settings.useXForwardedHost).toMatchObject({ kind: 'computed' });
    expect(unread.map((item) => item.why)).toEqual([
      'ALLOWED_HOSTS is computed when Django starts: its value is not known from the text',
      'USE_X_FORWARDED_HOST is computed when Django starts: its value is not known from the text',
      'CSRF_TRUSTED_ORIGINS += …: added to a value defined elsewhere; the checks cannot tell the whole list',
    ]);
  });

  it('never evaluates anything but literals, and refuses wrong types and indented blocks', () => {
    const { settings, unread } = settingsOf(
      'if DEBUG:\n    ALLOWED_HOSTS = ["*"]\nALLOWED_HOSTS = "www.example.com"\nSECURE_HSTS_SECONDS = __import__("os").system("rm -rf /")\n',
    );
    expect(settings.allowedHosts).toBeUndefined();
    expect(settings.secureHstsSeconds).toMatchObject({ kind: 'computed' });
    expect(unread.map((item) => item.why)).toEqual([
      'not a plain setting assignment: not read (nothing is run)',
      'indented (inside an if, a function or a class): not read, as its effect depends on running it',
      'ALLOWED_HOSTS should be a list of strings: not read',
      'SECURE_HSTS_SECONDS is computed when Django starts: its value is not known from the text',
    ]);
  });

  it('a later assignment wins, as in Python', () => {
    const { settings } = settingsOf('SECURE_SSL_REDIRECT = False\nSECURE_SSL_REDIRECT = True\n');
    expect(settings.secureSslRedirect).toEqual({ kind: 'literal', value: true, line: 2 });
  });

  it('refuses huge text with a message', () => {
    expect(readDjangoSettings('A = 1\n'.repeat(MAX_SETTINGS_CHARS / 4))).toEqual({
      ok: false,
      error: expect.stringContaining('paste only the relevant lines'),
    });
  });
});

describe('evaluatePythonLiteral', () => {
  it.each([
    ['"a" "b"', 'ab'],
    ["r'\\d'", '\\d'],
    ['("HTTP_X_FORWARDED_PROTO", "https")', ['HTTP_X_FORWARDED_PROTO', 'https']],
    ['[1_000, -2, True, None]', [1000, -2, true, null]],
    ['("x",)', ['x']],
    ['["a", ]', ['a']],
  ])('%s', (source, value) => {
    expect(evaluatePythonLiteral(source)).toEqual({ value });
  });
  it.each(['os.environ["X"]', 'f"{a}"', '1.5', '[1, 2', '"a" + "b"', '{"a": 1}', "'unterminated"])(
    '%s is not a literal',
    (source) => {
      expect(evaluatePythonLiteral(source)).toBeUndefined();
    },
  );
});
