import type { ExistingDjangoSettings, SettingValue, UnreadItem } from './existing-setup';
import { shortValue } from './field-reader';
import { evaluatePythonLiteral, pythonStatements, type PythonLiteral } from './python-literal';

/** Pasted settings longer than this are refused (a settings module is a few kilobytes). */
export const MAX_SETTINGS_CHARS = 200_000;

type Key = keyof ExistingDjangoSettings;
type Check = (value: PythonLiteral) => boolean;

const isStringList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isBoolean: Check = (value) => typeof value === 'boolean';
const isString: Check = (value) => typeof value === 'string';

/** The settings the checks read, by their Django name, and the literal type each must have. */
const SETTINGS: Record<string, { key: Key; check: Check; expected: string }> = {
  ALLOWED_HOSTS: { key: 'allowedHosts', check: isStringList, expected: 'a list of strings' },
  USE_X_FORWARDED_HOST: { key: 'useXForwardedHost', check: isBoolean, expected: 'True or False' },
  SECURE_PROXY_SSL_HEADER: {
    key: 'secureProxySslHeader',
    check: (value) => value === null || (isStringList(value) && (value as string[]).length === 2),
    expected: 'None or a pair of strings',
  },
  CSRF_TRUSTED_ORIGINS: { key: 'csrfTrustedOrigins', check: isStringList, expected: 'a list of strings' },
  SECURE_SSL_REDIRECT: { key: 'secureSslRedirect', check: isBoolean, expected: 'True or False' },
  SESSION_COOKIE_SECURE: { key: 'sessionCookieSecure', check: isBoolean, expected: 'True or False' },
  CSRF_COOKIE_SECURE: { key: 'csrfCookieSecure', check: isBoolean, expected: 'True or False' },
  SECURE_HSTS_SECONDS: {
    key: 'secureHstsSeconds',
    check: (value) => typeof value === 'number' && value >= 0,
    expected: 'a number of seconds',
  },
  DEBUG: { key: 'debug', check: isBoolean, expected: 'True or False' },
  STATIC_URL: { key: 'staticUrl', check: isString, expected: 'a string' },
  MEDIA_URL: { key: 'mediaUrl', check: isString, expected: 'a string' },
};

export type DjangoSettingsRead =
  { ok: true; settings: ExistingDjangoSettings; unread: UnreadItem[] } | { ok: false; error: string };

/**
 * Reads pasted Django settings lines without running them: each top-level `NAME = <literal>` of a setting the
 * checks use becomes a value; a setting computed at run time (`env.list(...)`, a name, an f-string) is kept as
 * its source text; every other line is listed as not read, with why.
 */
export function readDjangoSettings(text: string): DjangoSettingsRead {
  if (text.length > MAX_SETTINGS_CHARS)
    return {
      ok: false,
      error: `the settings text is over ${MAX_SETTINGS_CHARS / 1000} kB: paste only the relevant lines`,
    };
  const settings: ExistingDjangoSettings = {};
  const unread: UnreadItem[] = [];
  const note = (line: number, source: string, why: string) =>
    unread.push({ path: `settings line ${line}`, value: shortValue(source.trim()), why });
  for (const statement of pythonStatements(text)) {
    const match = /^([A-Z][A-Z0-9_]*)\s*(\+=|=)\s*([\s\S]*)$/.exec(statement.text.trim());
    if (statement.indented) {
      note(
        statement.line,
        statement.text,
        'indented (inside an if, a function or a class): not read, as its effect depends on running it',
      );
      continue;
    }
    if (match === null) {
      note(statement.line, statement.text, 'not a plain setting assignment: not read (nothing is run)');
      continue;
    }
    const [, name, operator, expression] = match as unknown as [string, string, string, string];
    const known = SETTINGS[name];
    if (known === undefined) {
      note(statement.line, statement.text, `${name} is not a setting these checks use: left out`);
      continue;
    }
    if (operator === '+=') {
      settings[known.key] = {
        kind: 'computed',
        source: statement.text.trim(),
        line: statement.line,
      } as never;
      note(
        statement.line,
        statement.text,
        `${name} += …: added to a value defined elsewhere; the checks cannot tell the whole list`,
      );
      continue;
    }
    if (settings[known.key] !== undefined) {
      note(
        statement.line,
        statement.text,
        `${name} is set again here: this later value is the one Django uses`,
      );
    }
    const literal = evaluatePythonLiteral(expression);
    if (literal === undefined) {
      settings[known.key] = { kind: 'computed', source: expression.trim(), line: statement.line } as never;
      note(
        statement.line,
        statement.text,
        `${name} is computed when Django starts: its value is not known from the text`,
      );
      continue;
    }
    if (!known.check(literal.value)) {
      note(statement.line, statement.text, `${name} should be ${known.expected}: not read`);
      continue;
    }
    const value: SettingValue<unknown> = { kind: 'literal', value: literal.value, line: statement.line };
    (settings as Record<Key, SettingValue<unknown>>)[known.key] = value;
  }
  return { ok: true, settings, unread };
}
