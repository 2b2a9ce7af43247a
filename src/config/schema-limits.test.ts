import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { extremeConfig } from '../../test/support/fuzz/extreme-config';
import { diffFromDefaults } from './config-diff';
import {
  MAX_PAYLOAD_JSON_BYTES,
  MAX_PERMALINK_INPUT_CHARS,
  decodePermalinkToConfig,
  permalinkUrl,
} from './permalink';
import { ConfigSchema, parseConfig } from './schema';

interface JsonSchemaNode {
  type?: string;
  enum?: unknown[];
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

const SCHEMA = z.toJSONSchema(ConfigSchema, { io: 'input' }) as JsonSchemaNode;
/** A long base URL a team might host the wizard at (share links carry it in front of the fragment). */
const LONG_BASE_URL = `https://wizard.${'platform-team.'.repeat(8)}example.com/tools/cloudfront/`;

/** Every string and array field of the config's JSON Schema, with its path. */
function fieldsOf(node: JsonSchemaNode, path: string): [string, JsonSchemaNode][] {
  const own: [string, JsonSchemaNode][] =
    node.type === 'string' || node.type === 'array' ? [[path, node]] : [];
  const children = Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
    fieldsOf(child, path === '' ? key : `${path}.${key}`),
  );
  const items = node.items === undefined ? [] : fieldsOf(node.items, `${path}[]`);
  return [...own, ...children, ...items];
}

describe('every valid config fits in a share link its decoder opens (issue 13.2)', () => {
  it('every string field has a length limit and every list a size limit', () => {
    const unbounded = fieldsOf(SCHEMA, '')
      .filter(([, node]) =>
        node.type === 'array'
          ? node.maxItems === undefined
          : node.enum === undefined && node.maxLength === undefined,
      )
      .map(([path]) => path);
    expect(unbounded).toEqual([]);
  });

  it('the largest JSON those limits allow stays under the decoder’s cap, even with every character escaped', () => {
    // A bound, not a sample: six bytes per character (a \\u escape) plus the key, quotes and separators.
    const bound = (node: JsonSchemaNode, key: string): number => {
      const overhead = key.length + 4;
      if (node.type === 'string')
        return overhead + 6 * (node.maxLength ?? Math.max(...(node.enum ?? []).map((v) => String(v).length)));
      if (node.type === 'array') return overhead + (node.maxItems ?? 0) * (bound(node.items ?? {}, '') + 1);
      if (node.properties !== undefined)
        return (
          overhead +
          Object.entries(node.properties).reduce((sum, [name, child]) => sum + bound(child, name), 2)
        );
      return overhead + 24; // a number or a boolean
    };
    expect(bound(SCHEMA, '')).toBeLessThan(MAX_PAYLOAD_JSON_BYTES);
  });

  it('a config with every field at its limit, of characters that do not compress, opens from its link', () => {
    fc.assert(
      fc.property(extremeConfig, (config) => {
        const json = new TextEncoder().encode(JSON.stringify(diffFromDefaults(config)));
        expect(json.length).toBeLessThan(MAX_PAYLOAD_JSON_BYTES);
        const link = permalinkUrl(config, LONG_BASE_URL);
        expect(link.length).toBeLessThan(MAX_PERMALINK_INPUT_CHARS);
        expect(decodePermalinkToConfig(link)).toEqual({ ok: true, config });
      }),
      { numRuns: 20, seed: 13 },
    );
  });

  it.each([
    [
      'origin.path',
      { origin: { type: 'apigw-rest', path: `/${'a'.repeat(255)}` } },
      'An origin path has at most 255 characters',
    ],
    [
      'staticFiles.pathPattern',
      { staticFiles: { pathPattern: `/${'s'.repeat(254)}*` } },
      'A path pattern has at most 255 characters',
    ],
    [
      'origin.endpoint',
      { origin: { type: 'lambda-url', endpoint: `${'a'.repeat(230)}.lambda-url.eu-west-1.on.aws` } },
      'A DNS name has at most 253 characters',
    ],
    [
      'distribution.loggingBucket',
      { distribution: { loggingBucket: 'b'.repeat(300) } },
      'At most 256 characters',
    ],
    [
      'projectName',
      { projectName: 'p'.repeat(40) },
      'Project name: 2-32 lower-case letters, digits or hyphens, starting with a letter',
    ],
  ])('a too long %s is refused with one message at the field', (path, input, message) => {
    const parsed = parseConfig(input);
    expect(parsed.success).toBe(false);
    expect(
      parsed.error?.issues.filter((issue) => issue.path.join('.') === path).map((issue) => issue.message),
    ).toEqual([message]);
  });
});
