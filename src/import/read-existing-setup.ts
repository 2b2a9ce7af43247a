import { readTemplate, reportUnusedResources } from './cloudformation-template';
import { readCloudFormationYaml } from './cloudformation-yaml';
import type { ExistingSetup, ImportFormat, UnreadItem } from './existing-setup';
import { FieldReader, isRecord, type ReadContext } from './field-reader';
import { NOT_MODELLED, readDistribution } from './read-distribution';
import { readDjangoSettings } from './read-django-settings';

/** An export or template larger than this is refused before parsing (a real one is tens of kilobytes). */
export const MAX_EXPORT_CHARS = 2_000_000;
/** Nesting deeper than this is refused: a distribution config nests about eight levels. */
const MAX_DEPTH = 64;

export type ExistingSetupRead = { ok: true; setup: ExistingSetup } | { ok: false; error: string };

/** The nesting depth of a parsed value, without recursion (a hostile file must not exhaust the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return depth;
    deepest = Math.max(deepest, depth);
    if (Array.isArray(item)) for (const child of item) stack.push([child, depth + 1]);
    else if (isRecord(item)) for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function parseText(
  text: string,
): { ok: true; value: unknown; yaml: boolean; warnings: string[] } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { ok: true, value: JSON.parse(trimmed) as unknown, yaml: false, warnings: [] };
    } catch (error) {
      return { ok: false, error: `this is not valid JSON (${(error as Error).message})` };
    }
  }
  const yaml = readCloudFormationYaml(trimmed);
  return yaml.ok ? { ok: true, value: yaml.value, yaml: true, warnings: yaml.warnings } : yaml;
}

const WHAT_IS_ACCEPTED =
  'give the JSON that `aws cloudfront get-distribution-config --id …` prints (ETag and DistributionConfig), or a CloudFormation template (YAML or JSON) with an AWS::CloudFront::Distribution';

/**
 * Reads what a person gives as their existing setup: a get-distribution-config export or a CloudFormation
 * template, and optionally pasted Django settings. Never throws and never runs anything; a file it cannot read
 * gets one clear sentence, and everything it reads but cannot use is listed in `unread`.
 */
export function readExistingSetup(distributionText: string, djangoSettingsText?: string): ExistingSetupRead {
  if (distributionText.trim() === '') return { ok: false, error: `Nothing to read: ${WHAT_IS_ACCEPTED}.` };
  if (distributionText.length > MAX_EXPORT_CHARS)
    return {
      ok: false,
      error: `The file is ${(distributionText.length / 1_000_000).toFixed(1)} MB: larger than any distribution config or template (at most ${MAX_EXPORT_CHARS / 1_000_000} MB is read).`,
    };
  const parsed = parseText(distributionText);
  if (!parsed.ok)
    return { ok: false, error: `The file cannot be read: ${parsed.error}. ${capital(WHAT_IS_ACCEPTED)}.` };
  if (depthOf(parsed.value) > MAX_DEPTH)
    return {
      ok: false,
      error: `The file nests deeper than ${MAX_DEPTH} levels: it is not a distribution config or a template.`,
    };
  if (!isRecord(parsed.value))
    return {
      ok: false,
      error: `The file holds ${Array.isArray(parsed.value) ? 'a list' : 'a single value'}: ${WHAT_IS_ACCEPTED}.`,
    };
  const unread: UnreadItem[] = parsed.warnings.map((warning) => ({
    path: '(YAML)',
    value: '',
    why: warning,
  }));
  const context: ReadContext = { unread };
  const document = parsed.value;

  let format: ImportFormat;
  let reader: FieldReader;
  let identifier: string;
  let finishTop = () => {};
  const template =
    'Resources' in document || 'AWSTemplateFormatVersion' in document
      ? readTemplate(document, unread)
      : undefined;
  if (template !== undefined) {
    if (!template.ok) return { ok: false, error: `The template cannot be used: ${template.error}.` };
    if (!isRecord(template.distributionConfig))
      return { ok: false, error: `Resources.${template.distributionId} has no DistributionConfig object.` };
    format = parsed.yaml ? 'cloudformation-yaml' : 'cloudformation-json';
    identifier = template.distributionId;
    context.resolve = template.template.resolve;
    reader = new FieldReader(
      template.distributionConfig,
      `Resources.${template.distributionId}.Properties.DistributionConfig`,
      context,
      NOT_MODELLED,
    );
    finishTop = () => reportUnusedResources(template.template, unread);
  } else {
    // get-distribution-config: { ETag, DistributionConfig }; get-distribution: { ETag, Distribution: { DistributionConfig } }.
    const top = new FieldReader(document, '', context, {
      ETag: 'the version of the config, for an update call',
    });
    const etag = top.string('ETag') ?? '';
    const wrapped = top.object('Distribution');
    const config = wrapped?.object('DistributionConfig') ?? top.object('DistributionConfig');
    if (wrapped !== undefined) {
      for (const key of [
        'Id',
        'ARN',
        'Status',
        'LastModifiedTime',
        'InProgressInvalidationBatches',
        'DomainName',
        'ActiveTrustedSigners',
        'ActiveTrustedKeyGroups',
        'AliasICPRecordals',
      ])
        wrapped.raw(key);
      wrapped.finish();
    }
    if (config === undefined) {
      if (!('Origins' in document && 'DefaultCacheBehavior' in document))
        return { ok: false, error: `This is JSON, but not a distribution: ${WHAT_IS_ACCEPTED}.` };
      reader = new FieldReader(document, '', context, NOT_MODELLED);
    } else {
      reader = new FieldReader(config.value, config.path, context, NOT_MODELLED);
      config.raw('__none__');
      top.finish();
    }
    format = parsed.yaml ? 'cloudformation-yaml' : 'get-distribution-config';
    identifier = etag;
  }
  const distribution = readDistribution(reader, {
    format,
    identifier,
    template: template?.ok ? template.template : undefined,
  });
  if (!distribution.ok) return { ok: false, error: `${capital(distribution.error)}.` };
  finishTop();

  let django: ExistingSetup['django'] = null;
  if (djangoSettingsText !== undefined && djangoSettingsText.trim() !== '') {
    const settings = readDjangoSettings(djangoSettingsText);
    if (!settings.ok) return { ok: false, error: `The Django settings cannot be read: ${settings.error}.` };
    django = settings.settings;
    unread.push(...settings.unread);
  }
  return { ok: true, setup: { distribution: distribution.distribution, django, unread } };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
