import { deflateSync, Inflate, strToU8 } from 'fflate';
import { diffFromDefaults, isPlainObject } from './config-diff';
import { PERMALINK_FORMAT, migratePayload, type PermalinkFormat } from './permalink-migrations';
import { parseConfig, type Config } from './schema';
import { recoverValidPart } from './valid-part';

/**
 * Share links: `<base>#c=<version>.<payload>`. The fragment never reaches a server (or its logs); the payload is
 * the base64url of the deflated JSON of only the settings that differ from `defaultConfig()`.
 */

export const PERMALINK_PARAM = 'c';
/**
 * Where share links point when no base URL is given (the CLI and the bundle's permalink.txt): the wizard as
 * `npm start` serves it. A team that hosts the built wizard passes its address (`--base-url`); the app itself
 * always uses the address it was opened at.
 */
export const DEFAULT_PERMALINK_BASE_URL = 'http://127.0.0.1:5173/';
/** Longer input is refused before any work: a real link is a few hundred characters. */
export const MAX_PERMALINK_INPUT_CHARS = 16_384;
/** Inflated JSON larger than this is refused (a deflate bomb cannot exhaust memory). */
export const MAX_PAYLOAD_JSON_BYTES = 65_536;

export type PermalinkDecodeResult = { ok: true; input: unknown } | { ok: false; error: string };

export interface ConfigIssue {
  /** Dotted path of the field, e.g. "origin.endpoint" ("" for the whole config). */
  path: string;
  message: string;
}

export type PermalinkConfigResult =
  | { ok: true; config: Config }
  | {
      ok: false;
      error: string;
      /** The fields the link got wrong (empty when the link itself could not be read). */
      issues: ConfigIssue[];
      /** The link's settings with every invalid one back at its default: what the UI can offer to keep. */
      validPart?: Config;
    };

/** The fragment (without '#') that opens `config`: `c=1.<payload>`. */
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
  const deflated = deflateSync(strToU8(JSON.stringify(value)), { level: 9, dictionary: strToU8(dictionary) });
  return `${version}.${toBase64Url(deflated)}`;
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
    if (parsed.success) return { ok: true, config: parsed.data };
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

/** The `c=` value inside a URL, a fragment or the bare value; undefined when there is none. */
export function findPermalinkValue(text: string): string | undefined {
  const trimmed = text.trim();
  const hashIndex = trimmed.indexOf('#');
  const fragment = hashIndex === -1 ? trimmed : trimmed.slice(hashIndex + 1);
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${PERMALINK_PARAM}=`)) return safeDecodeUriComponent(part.slice(2));
  }
  // A bare "<version>.<payload>" (what follows "c=") is accepted too.
  return /^\d+\.[A-Za-z0-9_-]+$/.test(fragment) ? fragment : undefined;
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
  const bytes = fromBase64Url(match[2] ?? '');
  if (bytes === undefined)
    return { ok: false, error: 'The configuration in this link is not valid base64url.' };
  const json = inflateCapped(bytes, strToU8(dictionary));
  if (json === undefined) {
    return { ok: false, error: 'The configuration in this link is damaged: it may have been cut short.' };
  }
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The configuration in this link is damaged (not JSON).' };
  }
  if (!isPlainObject(input)) return { ok: false, error: 'The configuration in this link is not an object.' };
  return migratePayload(version, input, format);
}

/** Inflates in small steps so a deflate bomb is stopped at the cap; undefined on any corruption or overflow. */
function inflateCapped(bytes: Uint8Array, dictionary: Uint8Array): string | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    total += chunk.length;
    if (total > MAX_PAYLOAD_JSON_BYTES) throw new Error('payload too large');
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    const step = 256;
    for (let offset = 0; offset < bytes.length; offset += step) {
      const end = Math.min(offset + step, bytes.length);
      inflater.push(bytes.subarray(offset, end), end === bytes.length);
    }
    if (bytes.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return undefined;
  }
  if (!finished) return undefined;
  const joined = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    joined.set(chunk, position);
    position += chunk.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return undefined;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  try {
    const binary = atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    );
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function safeDecodeUriComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
