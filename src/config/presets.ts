import * as z from 'zod';
import { parseConfig, type Config } from './schema';

/**
 * Example setups shipped as JSON in `public/presets/` (each file is also a valid `--config` for the CLI: the
 * schema drops the `$preset` key). Listed here in the order the picker shows them; the seed's setup sorts first.
 */
export const PRESET_FILES = [
  '01-apigw-http.json',
  '02-lambda-url-secret-header.json',
  '03-alb-ecs.json',
  '04-apigw-rest-regional.json',
  '05-vpc-origin-private-alb.json',
  '06-ecs-express-mode.json',
] as const;
export type PresetFile = (typeof PRESET_FILES)[number];

/** The folder, relative to the app's base URL, the presets are served from. */
export const PRESETS_PATH = 'presets/';

const PresetMetaSchema = z.object({
  name: z.string().trim().min(1, 'The preset needs a name'),
  description: z.string().trim().min(1, 'The preset needs a description'),
});

export type PresetResult =
  | { file: string; ok: true; name: string; description: string; config: Config }
  | { file: string; ok: false; name: string; problems: string[] };

/** Reads one preset file's JSON: its `$preset` name and description, and the config it sets. */
export function readPreset(file: string, json: unknown): PresetResult {
  const meta = PresetMetaSchema.safeParse(
    json !== null && typeof json === 'object' ? (json as Record<string, unknown>).$preset : undefined,
  );
  const name = meta.success ? meta.data.name : file;
  const problems: string[] = [];
  if (!meta.success) problems.push(`$preset: ${meta.error.issues.map((issue) => issue.message).join('; ')}`);
  const parsed = parseConfig(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (problems.length > 0 || !meta.success || !parsed.success) return { file, ok: false, name, problems };
  return { file, ok: true, name, description: meta.data.description, config: parsed.data };
}

/** Fetches and reads one preset; a network, HTTP or JSON failure becomes a problem, never a throw. */
export async function loadPreset(
  file: string,
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<PresetResult> {
  const url = new URL(`${PRESETS_PATH}${file}`, baseUrl);
  try {
    const response = await fetchFn(url);
    if (!response.ok)
      return { file, ok: false, name: file, problems: [`HTTP ${response.status} for ${url.pathname}`] };
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { file, ok: false, name: file, problems: [`Not JSON: ${(error as Error).message}`] };
    }
    return readPreset(file, json);
  } catch (error) {
    return {
      file,
      ok: false,
      name: file,
      problems: [`Could not load ${url.pathname}: ${(error as Error).message}`],
    };
  }
}

/** Loads every preset in `PRESET_FILES` order; each one succeeds or fails on its own. */
export function loadAllPresets(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<PresetResult[]> {
  return Promise.all(PRESET_FILES.map((file) => loadPreset(file, baseUrl, fetchFn)));
}
