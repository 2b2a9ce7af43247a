import { diffFromDefaults, isPlainObject } from './config-diff';
import { PERMALINK_FORMAT, migratePayload, type PermalinkFormat } from './permalink-migrations';
import { PAYLOAD_FAILURE_MESSAGES, decodePayloadText, encodePayloadText } from './permalink-payload';
import { parseConfig, type Config } from './schema';
import { findPermalinkValue, PERMALINK_PARAM } from './permalink-fragment';
import { recoverValidPart } from './valid-part';

// Finding the fragment needs no schema: the page looks for a link before the schema's chunk is fetched.
export { findPermalinkValue, PERMALINK_PARAM } from './permalink-fragment';
export { MAX_PAYLOAD_JSON_BYTES } from './permalink-payload';

/**
 * Share links: `<base>#c=<version>.<payload>`. The fragment never reaches a server (or its logs); the payload is
 * the base64url of the deflated JSON of only the settings that differ from `defaultConfig()`, then (format 2 on)
 * a CRC-32 of that JSON, so a link damaged in copying is refused rather than opened as another setup.
 */

/**
 * Where share links point when no base URL is given (the CLI and the bundle's permalink.txt): the wizard as
 * `npm start` serves it. A team that hosts the built wizard passes its address (`--base-url`); the app itself
 * always uses the address it was opened at.
 */
export const DEFAULT_PERMALINK_BASE_URL = 'http://127.0.0.1:5173/';
/** Longer input is refused before any work: a real link is a few hundred characters. */
export const MAX_PERMALINK_INPUT_CHARS = 16_384;

export type PermalinkDecodeResult =
  | {
      ok: true;
      input: unknown;
      /** Set for a format 1 link: it carries no checksum, so a changed character could not be noticed. */
      unchecked?: true;
    }
  | { ok: false; error: string };

export interface ConfigIssue {
  /** Dotted path of the field, e.g. "origin.endpoint" ("" for the whole config). */
  path: string;
  message: string;
}

export type PermalinkConfigResult =
  | { ok: true; config: Config; unchecked?: true }
  | {
      ok: false;
      error: string;
      /** The fields the link got wrong (empty when the link itself could not be read). */
      issues: ConfigIssue[];
      /** The link's settings with every invalid one back at its default: what the UI can offer to keep. */
      validPart?: Config;
    };

/** The fragment (without '#') that opens `config`: `c=<current version>.<payload>`. */
export function encodePermalink(config: Config, format: PermalinkFormat = PERMALINK_FORMAT): string {
  return `${PERMALINK_PARAM}=${encodePayload(diffFromDefaults(config), format.currentVersion, format)}`;
}

/** The whole share link: `baseUrl` without any fragment it had, then `#c=…`. */
export function permalinkUrl(config: Config, baseUrl: string): string {
  return `${baseUrl.split('#')[0]}#${encodePermalink(config)}`;
}

/** `<version>.<base64url(deflate(JSON))>` for a payload of a given version (exported for migration tests). */
export function encodePayload(value: unknown, version: number, format: PermalinkFormat): string {
  const dictionary = format.dictionaries[version];
  if (dictionary === undefined) throw new Error(`No dictionary for permalink version ${version}`);
  const checksummed = version >= format.checksumFromVersion;
  return `${version}.${encodePayloadText(JSON.stringify(value), dictionary, checksummed)}`;
}

/**
 * Reads a share link: a full URL, a fragment with or without '#', or `c=…`. Never throws; any failure is an
 * `{ ok: false, error }` with a sentence a person can act on. The result is raw input for `parseConfig`.
 */
export function decodePermalink(
  urlOrFragment: unknown,
  format: PermalinkFormat = PERMALINK_FORMAT,
): PermalinkDecodeResult {
  try {
    return decodeUnsafe(urlOrFragment, format);
  } catch {
    return { ok: false, error: 'This link could not be read: it may have been cut short or altered.' };
  }
}

/** Decodes and validates a share link: the Config, or the issues found plus the valid part of the link. */
export function decodePermalinkToConfig(
  urlOrFragment: unknown,
  format: PermalinkFormat = PERMALINK_FORMAT,
): PermalinkConfigResult {
  const decoded = decodePermalink(urlOrFragment, format);
  if (!decoded.ok) return { ok: false, error: decoded.error, issues: [] };
  try {
    const parsed = parseConfig(decoded.input);
    if (parsed.success) {
      return decoded.unchecked
        ? { ok: true, config: parsed.data, unchecked: true }
        : { ok: true, config: parsed.data };
    }
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const count = issues.length === 1 ? '1 setting' : `${issues.length} settings`;
    return {
      ok: false,
      error: `${count} in this link ${issues.length === 1 ? 'is' : 'are'} not valid.`,
      issues,
      validPart: recoverValidPart(decoded.input),
    };
  } catch {
    return { ok: false, error: 'This link’s settings could not be checked.', issues: [] };
  }
}

function decodeUnsafe(urlOrFragment: unknown, format: PermalinkFormat): PermalinkDecodeResult {
  if (typeof urlOrFragment !== 'string') return { ok: false, error: 'A share link must be text.' };
  if (urlOrFragment.length > MAX_PERMALINK_INPUT_CHARS) {
    return { ok: false, error: `This link is too long (over ${MAX_PERMALINK_INPUT_CHARS} characters).` };
  }
  const value = findPermalinkValue(urlOrFragment);
  if (value === undefined) {
    return { ok: false, error: 'This link holds no configuration (no "#c=…" part).' };
  }
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(value);
  if (match === null) {
    return { ok: false, error: 'The configuration in this link is malformed: it may have been cut short.' };
  }
  const version = Number(match[1]);
  if (version > format.currentVersion) {
    return {
      ok: false,
      error:
        `This link was made by a newer version of the wizard (link format ${version}; this one reads up to ` +
        `${format.currentVersion}). Open it in the latest version of the wizard.`,
    };
  }
  const dictionary = format.dictionaries[version];
  if (dictionary === undefined) {
    return { ok: false, error: `Unknown link format version ${version}.` };
  }
  const checksummed = version >= format.checksumFromVersion;
  const payload = decodePayloadText(match[2] ?? '', dictionary, checksummed);
  if (!payload.ok) return { ok: false, error: PAYLOAD_FAILURE_MESSAGES[payload.failure] };
  let input: unknown;
  try {
    input = JSON.parse(payload.json);
  } catch {
    return { ok: false, error: 'This link is damaged: its settings are not JSON.' };
  }
  if (!isPlainObject(input)) {
    return {
      ok: false,
      error: 'This link is damaged: its settings are not a configuration (not a JSON object).',
    };
  }
  const migrated = migratePayload(version, input, format);
  if (!migrated.ok || checksummed) return migrated;
  return { ...migrated, unchecked: true };
}
