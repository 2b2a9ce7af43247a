import { decodePermalinkToConfig, type PermalinkConfigResult } from '../../config/permalink';
import { parseConfig } from '../../config/schema';
import { recoverValidPart } from '../../config/valid-part';
import { plainJsonError } from './plain-issue';

/** A pasted or dropped file larger than this is refused before parsing (a real config is about 2 kB). */
export const MAX_IMPORT_CHARS = 1_000_000;

/**
 * Reads what a person pastes or drops into the import dialog: configuration JSON (the bundle's config.json, a
 * preset, a CLI --config file) or a share link. Never throws; invalid input lists every field and why.
 */
export function readImportText(text: string): PermalinkConfigResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, error: 'Paste a share link or configuration JSON first.', issues: [] };
  }
  if (trimmed.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: 'This is too large to be a configuration.', issues: [] };
  }
  return trimmed.startsWith('{') ? readConfigJson(trimmed) : decodePermalinkToConfig(trimmed);
}

function readConfigJson(text: string): PermalinkConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: plainJsonError(error, text), issues: [] };
  }
  const parsed = parseConfig(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const count = issues.length === 1 ? '1 setting is' : `${issues.length} settings are`;
  return {
    ok: false,
    error: `${count} not valid.`,
    issues,
    ...(isObject(json) ? { validPart: recoverValidPart(json) } : {}),
  };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
