import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePermalinkToConfig } from '../config/permalink';
import { defaultConfig, parseConfig, type Config } from '../config/schema';
import { TARGETS, generateAllTargets } from '../targets';
import { BUNDLE_FILE_MODE, bundleFiles, zipBundle } from './index';
import { deploymentFor } from '../model';

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const PRESET_DIR = new URL('../../public/presets/', import.meta.url);
const presetConfigs = [
  '01-apigw-http.json',
  '02-lambda-url-secret-header.json',
  '03-alb-ecs.json',
  '04-apigw-rest-regional.json',
].map((file) => [file, validConfig(JSON.parse(readFileSync(new URL(file, PRESET_DIR), 'utf8')))] as const);
const TOP_LEVEL = ['README.md', 'config.json', 'permalink.txt'];

/** The central directory entries of a zip: name, "version made by" host, external attributes, DOS date/time. */
function centralDirectory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: strFromU8(zip.subarray(offset + 46, offset + 46 + nameLength)),
      host: view.getUint8(offset + 5),
      mode: view.getUint32(offset + 38, true) >>> 16,
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('bundleFiles', () => {
  it.each(presetConfigs)(
    '%s: every target file, plus README.md, config.json and permalink.txt at the top',
    (_file, config) => {
      const files = bundleFiles(config);
      expect(files.slice(0, 3).map((file) => file.path)).toEqual(TOP_LEVEL);
      expect(files.slice(3)).toEqual(generateAllTargets(deploymentFor(config)));
      const folders = TARGETS.map((target) => `${target.folder}/`);
      for (const file of files.slice(3))
        expect(folders.some((folder) => file.path.startsWith(folder))).toBe(true);
      expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
    },
  );

  it('writes a config.json the schema reads back to the same config, and a permalink that opens it', () => {
    const config = presetConfigs[1]?.[1] ?? defaultConfig();
    const files = bundleFiles(config, { baseUrl: 'https://wizard.mybakery.co.uk/tools/' });
    const byPath = new Map(files.map((file) => [file.path, file.contents]));
    expect(parseConfig(JSON.parse(byPath.get('config.json') ?? '')).data).toEqual(config);
    const permalink = (byPath.get('permalink.txt') ?? '').trim();
    expect(permalink).toMatch(/^https:\/\/wizard\.mybakery\.co\.uk\/tools\/#c=2\./);
    expect(decodePermalinkToConfig(permalink)).toEqual({ ok: true, config });
    expect(byPath.get('README.md')).toContain(permalink);
  });
});

describe('zipBundle', () => {
  const config = presetConfigs[2]?.[1] ?? defaultConfig();
  const files = bundleFiles(config);
  const zip = zipBundle(files);

  it('holds exactly the bundle files, under their folders, with the same contents', () => {
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(files.map((file) => file.path));
    for (const file of files) expect(strFromU8(unzipped[file.path] ?? new Uint8Array())).toBe(file.contents);
  });

  it('marks every file as a Unix rw-r--r-- regular file with the fixed date 2025-01-01 00:00', () => {
    const entries = centralDirectory(zip);
    expect(entries.map((entry) => entry.name)).toEqual(files.map((file) => file.path));
    for (const entry of entries) {
      expect(entry.host).toBe(3);
      expect(entry.mode).toBe(BUNDLE_FILE_MODE);
      expect(entry.mode & 0o777).toBe(0o644);
      expect(entry.date).toBe(((2025 - 1980) << 9) | (1 << 5) | 1);
      expect(entry.time).toBe(0);
    }
  });

  it('gives the same bytes for the same config, different bytes for another', () => {
    expect(zipBundle(bundleFiles(config))).toEqual(zip);
    expect(zipBundle(bundleFiles(defaultConfig()))).not.toEqual(zip);
  });

  it('refuses two files at one path', () => {
    const file = { path: 'a/b.txt', language: 'plaintext' as const, contents: 'x' };
    expect(() => zipBundle([file, file])).toThrow('Two files at a/b.txt');
  });
});
