import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS, configOf } from '../../test/support/sample-configs';
import { CONFIG_FIELD_PATHS } from '../../test/support/schema-paths';
import * as z from 'zod';
import type { FieldCondition, FieldValue } from './field-meta';
import {
  FIELD_PATHS,
  fieldApplies,
  fieldLabel,
  fieldMeta,
  isFieldPath,
  optionLabel,
  type FieldPath,
} from './form-fields';
import { ConfigSchema, ORIGINS, ORIGIN_TYPES } from './schema';

const JSON_SCHEMA = z.toJSONSchema(ConfigSchema, { io: 'input' }) as JsonSchemaNode;
interface JsonSchemaNode {
  type?: string;
  enum?: string[];
  properties?: Record<string, JsonSchemaNode>;
}

/** The values a field can take, read from its JSON Schema (enums and switches); undefined for free text. */
function valuesOf(path: string): readonly FieldValue[] | undefined {
  let node: JsonSchemaNode | undefined = JSON_SCHEMA;
  for (const part of path.split('.')) node = node?.properties?.[part];
  return node?.type === 'boolean' ? [true, false] : node?.enum;
}

function conditionFields(
  condition: FieldCondition,
): { field: string; values: readonly (string | boolean)[] }[] {
  if ('anyOf' in condition) return condition.anyOf.flatMap(conditionFields);
  if ('allOf' in condition) return condition.allOf.flatMap(conditionFields);
  return [{ field: condition.field, values: 'is' in condition ? condition.is : condition.isNot }];
}

describe('form metadata declared beside each field', () => {
  it('covers every field of the schema', () => {
    expect([...FIELD_PATHS].sort()).toEqual([...CONFIG_FIELD_PATHS].sort());
  });

  it.each(CONFIG_FIELD_PATHS)('%s has a short label and one plain sentence of help', (path) => {
    expect(isFieldPath(path)).toBe(true);
    const meta = fieldMeta(path as FieldPath);
    expect(meta.label.trim().length).toBeGreaterThan(1);
    expect(meta.label.length).toBeLessThanOrEqual(40);
    expect(meta.help).toMatch(/^[A-Z][^]*\.$/);
    expect(meta.help.length).toBeLessThanOrEqual(130);
  });

  it.each(CONFIG_FIELD_PATHS)('%s words every value of its enum, and only those', (path) => {
    const values = valuesOf(path);
    const options = fieldMeta(path as FieldPath).options;
    if (values === undefined || typeof values[0] === 'boolean') expect(options).toBeUndefined();
    else expect(Object.keys(options ?? {}).sort()).toEqual([...values].sort());
  });

  it.each(CONFIG_FIELD_PATHS)('%s applies under conditions on real fields and real values', (path) => {
    const condition = fieldMeta(path as FieldPath).appliesWhen;
    for (const { field, values } of condition === undefined ? [] : conditionFields(condition)) {
      expect(CONFIG_FIELD_PATHS, `${path} depends on ${field}`).toContain(field);
      expect(field, `${path} depends on itself`).not.toBe(path);
      for (const value of values) expect(valuesOf(field), `${path}: ${field} = ${value}`).toContain(value);
    }
  });
});

describe('labels and conditions the form reads', () => {
  it('words origin types with their descriptors’ labels and summaries', () => {
    for (const type of ORIGIN_TYPES) {
      expect(optionLabel('origin.type', type)).toBe(ORIGINS[type].label);
      expect(fieldMeta('origin.type').optionSummaries?.[type]).toBe(ORIGINS[type].summary);
    }
  });

  it('labels list items like their list, and nothing off the schema', () => {
    expect(fieldLabel('domains.additional.3')).toBe(fieldMeta('domains.additional').label);
    expect(fieldLabel('origin.nope')).toBeUndefined();
    expect(fieldLabel('')).toBeUndefined();
  });

  it('hides fields that only matter for some configs', () => {
    const seed = SAMPLE_CONFIGS.seedDefaults;
    const lambda = SAMPLE_CONFIGS.lambdaUrlOacWithSecret;
    const alb = SAMPLE_CONFIGS.albForwardHostEverything;
    const applies = (path: FieldPath, config = seed) => fieldApplies(path, config);
    expect(applies('origin.lambdaUrlAuth')).toBe(false);
    expect(applies('origin.lambdaUrlAuth', lambda)).toBe(true);
    expect(applies('origin.lambdaFunctionArn', lambda)).toBe(true);
    expect(
      applies(
        'origin.lambdaFunctionArn',
        configOf({
          origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
        }),
      ),
    ).toBe(false);
    expect(applies('origin.path', lambda)).toBe(false);
    expect(applies('origin.path')).toBe(true);
    expect(applies('dns.hostedZoneId')).toBe(false);
    expect(applies('dns.hostedZoneId', alb)).toBe(true);
    expect(applies('dynamicCaching.defaultTtlSeconds')).toBe(false);
    expect(applies('dynamicCaching.maxTtlSeconds')).toBe(false);
    expect(applies('dynamicCaching.defaultTtlSeconds', SAMPLE_CONFIGS.restApiCachingAllCookies)).toBe(true);
    expect(applies('dynamicCaching.defaultTtlSeconds', alb)).toBe(false);
    expect(applies('dynamicCaching.maxTtlSeconds', alb)).toBe(true);
    expect(applies('securityHeaders.hstsMaxAgeSeconds')).toBe(true);
    expect(applies('securityHeaders.hstsMaxAgeSeconds', lambda)).toBe(true);
    expect(applies('securityHeaders.hstsPreload', alb)).toBe(false);
    expect(applies('certificate.arn', alb)).toBe(false);
    expect(applies('originProtection.headerName')).toBe(false);
    expect(applies('mediaFiles.pathPattern', configOf({ mediaFiles: { enabled: true } }))).toBe(true);
    expect(applies('staticFiles.source', configOf({ staticFiles: { enabled: false } }))).toBe(false);
  });
});
