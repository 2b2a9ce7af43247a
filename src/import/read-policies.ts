import type {
  ExistingCachePolicy,
  ExistingFunctionAssociation,
  ExistingOriginRequestPolicy,
  ExistingResponseHeadersPolicy,
  ValueSelection,
} from './existing-setup';
import type { TemplateResources } from './cloudformation-template';
import { FieldReader, isRecord, shortValue, type ReadContext } from './field-reader';
import { cachePolicyById, originRequestPolicyById, responseHeadersPolicyById } from './managed-policies';

/** A policy or function the template defines itself, found from a Ref/GetAtt to it. */
function templateResource(
  raw: unknown,
  template: TemplateResources | undefined,
  type: string,
): { id: string; properties: Record<string, unknown> } | undefined {
  if (template === undefined || !isRecord(raw)) return undefined;
  const [fn, argument] = Object.entries(raw)[0] ?? [];
  const id =
    fn === 'Ref'
      ? argument
      : fn === 'Fn::GetAtt'
        ? Array.isArray(argument)
          ? argument[0]
          : String(argument).split('.')[0]
        : undefined;
  if (typeof id !== 'string') return undefined;
  const resource = template.resources[id];
  if (resource === undefined || resource.type !== type) return undefined;
  template.used.add(id);
  return { id, properties: resource.properties };
}

const lower = (names: string[]) => names.map((name) => name.toLowerCase());

/** CookieBehavior / HeaderBehavior / QueryStringBehavior with its list, as a selection. */
function selection(reader: FieldReader | undefined, behaviourKey: string, listKey: string): ValueSelection {
  if (reader === undefined) return { mode: 'none' };
  const behaviour = reader.string(behaviourKey) ?? 'none';
  const names = reader.strings(listKey);
  reader.finish();
  switch (behaviour) {
    case 'all':
    case 'allViewer':
    case 'allViewerAndWhitelistCloudFront':
      return { mode: 'all' };
    case 'whitelist':
      return { mode: 'only', names: lower(names) };
    case 'allExcept':
      return { mode: 'all-except', names: lower(names) };
    default:
      return { mode: 'none' };
  }
}

function readTemplateCachePolicy(
  id: string,
  properties: Record<string, unknown>,
  context: ReadContext,
): ExistingCachePolicy {
  const resource = new FieldReader(properties, `Resources.${id}.Properties`, context);
  const config = resource.object('CachePolicyConfig');
  resource.finish();
  if (config === undefined)
    return { kind: 'unknown', id, why: `the template's cache policy ${id} has no CachePolicyConfig` };
  const parameters = config.object('ParametersInCacheKeyAndForwardedToOrigin');
  const result: ExistingCachePolicy = {
    kind: 'settings',
    name: config.string('Name') ?? id,
    from: 'template',
    minTtl: config.number('MinTTL') ?? 0,
    defaultTtl: config.number('DefaultTTL') ?? 0,
    maxTtl: config.number('MaxTTL') ?? 0,
    cookies: selection(parameters?.object('CookiesConfig'), 'CookieBehavior', 'Cookies'),
    headers: selection(parameters?.object('HeadersConfig'), 'HeaderBehavior', 'Headers'),
    queryStrings: selection(parameters?.object('QueryStringsConfig'), 'QueryStringBehavior', 'QueryStrings'),
  };
  parameters?.raw(['EnableAcceptEncodingGzip', 'EnableAcceptEncodingBrotli']);
  parameters?.raw('EnableAcceptEncodingBrotli');
  parameters?.finish();
  config.raw('Comment');
  config.finish();
  return result;
}

function readTemplateOriginRequestPolicy(
  id: string,
  properties: Record<string, unknown>,
  context: ReadContext,
): ExistingOriginRequestPolicy {
  const resource = new FieldReader(properties, `Resources.${id}.Properties`, context);
  const config = resource.object('OriginRequestPolicyConfig');
  resource.finish();
  if (config === undefined)
    return {
      kind: 'unknown',
      id,
      why: `the template's origin request policy ${id} has no OriginRequestPolicyConfig`,
    };
  const headersConfig = config.object('HeadersConfig');
  const headerBehaviour =
    typeof headersConfig?.value.HeaderBehavior === 'string' ? headersConfig.value.HeaderBehavior : 'none';
  const headerNames = Array.isArray(headersConfig?.value.Headers)
    ? (headersConfig.value.Headers as unknown[])
    : [];
  const cloudFrontHeaders =
    headerBehaviour === 'allViewerAndWhitelistCloudFront' || headerBehaviour === 'whitelist'
      ? lower(
          headerNames.filter(
            (name): name is string => typeof name === 'string' && /^cloudfront-/i.test(name),
          ),
        )
      : [];
  let headers = selection(headersConfig, 'HeaderBehavior', 'Headers');
  if (headers.mode === 'only')
    headers = { mode: 'only', names: headers.names.filter((name) => !name.startsWith('cloudfront-')) };
  const result: ExistingOriginRequestPolicy = {
    kind: 'settings',
    name: config.string('Name') ?? id,
    from: 'template',
    headers,
    cloudFrontHeaders,
    cookies: selection(config.object('CookiesConfig'), 'CookieBehavior', 'Cookies'),
    queryStrings: selection(config.object('QueryStringsConfig'), 'QueryStringBehavior', 'QueryStrings'),
  };
  config.raw('Comment');
  config.finish();
  return result;
}

function readTemplateResponseHeadersPolicy(
  id: string,
  properties: Record<string, unknown>,
  context: ReadContext,
): ExistingResponseHeadersPolicy {
  const resource = new FieldReader(properties, `Resources.${id}.Properties`, context);
  const config = resource.object('ResponseHeadersPolicyConfig');
  resource.finish();
  const security = config?.object('SecurityHeadersConfig');
  const hsts = security?.object('StrictTransportSecurity');
  const result: ExistingResponseHeadersPolicy = {
    kind: 'template',
    name: config?.string('Name') ?? id,
    hsts:
      hsts === undefined
        ? null
        : {
            maxAgeSeconds: hsts.number('AccessControlMaxAgeSec') ?? 0,
            override: hsts.boolean('Override') ?? false,
          },
  };
  hsts?.raw(['IncludeSubdomains']);
  hsts?.raw('Preload');
  hsts?.finish();
  security?.finish();
  config?.raw('Comment');
  config?.finish();
  return result;
}

/** The behaviour's cache policy: managed by ID, the template's own, unknown by ID, or the legacy settings. */
export function readCachePolicy(
  behaviour: FieldReader,
  template: TemplateResources | undefined,
): ExistingCachePolicy | undefined {
  const raw = behaviour.raw('CachePolicyId');
  if (raw === undefined || raw === '') return undefined;
  const own = templateResource(raw, template, 'AWS::CloudFront::CachePolicy');
  if (own !== undefined) return readTemplateCachePolicy(own.id, own.properties, behaviour.context);
  if (typeof raw === 'string') return cachePolicyById(raw);
  return { kind: 'unknown', id: shortValue(raw), why: 'the cache policy ID is computed at deploy time' };
}

export function readOriginRequestPolicy(
  behaviour: FieldReader,
  template: TemplateResources | undefined,
): ExistingOriginRequestPolicy | undefined {
  const raw = behaviour.raw('OriginRequestPolicyId');
  if (raw === undefined || raw === '') return undefined;
  const own = templateResource(raw, template, 'AWS::CloudFront::OriginRequestPolicy');
  if (own !== undefined) return readTemplateOriginRequestPolicy(own.id, own.properties, behaviour.context);
  if (typeof raw === 'string') return originRequestPolicyById(raw);
  return {
    kind: 'unknown',
    id: shortValue(raw),
    why: 'the origin request policy ID is computed at deploy time',
  };
}

export function readResponseHeadersPolicy(
  behaviour: FieldReader,
  template: TemplateResources | undefined,
): ExistingResponseHeadersPolicy | null {
  const raw = behaviour.raw('ResponseHeadersPolicyId');
  if (raw === undefined || raw === '') return null;
  const own = templateResource(raw, template, 'AWS::CloudFront::ResponseHeadersPolicy');
  if (own !== undefined) return readTemplateResponseHeadersPolicy(own.id, own.properties, behaviour.context);
  if (typeof raw === 'string') return responseHeadersPolicyById(raw);
  return { kind: 'unknown', id: shortValue(raw) };
}

/**
 * The legacy cache settings (ForwardedValues with MinTTL/DefaultTTL/MaxTTL on the behaviour): the same values are
 * the cache key and what reaches the origin. Defaults are CloudFront's for legacy settings.
 */
export function readLegacySettings(
  behaviour: FieldReader,
): { cache: ExistingCachePolicy; originRequest: ExistingOriginRequestPolicy } | undefined {
  const forwarded = behaviour.object('ForwardedValues');
  const minTtl = behaviour.number('MinTTL') ?? 0;
  const defaultTtl = behaviour.number('DefaultTTL') ?? 86_400;
  const maxTtl = behaviour.number('MaxTTL') ?? 31_536_000;
  if (forwarded === undefined) return undefined;
  const cookiesReader = forwarded.object('Cookies');
  const forward = cookiesReader?.string('Forward') ?? 'none';
  const cookieNames = lower(cookiesReader?.strings('WhitelistedNames') ?? []);
  cookiesReader?.finish();
  const cookies: ValueSelection =
    forward === 'all'
      ? { mode: 'all' }
      : forward === 'whitelist'
        ? { mode: 'only', names: cookieNames }
        : { mode: 'none' };
  const headerNames = forwarded.strings('Headers');
  const headers: ValueSelection = headerNames.includes('*')
    ? { mode: 'all' }
    : headerNames.length > 0
      ? { mode: 'only', names: lower(headerNames).filter((name) => !name.startsWith('cloudfront-')) }
      : { mode: 'none' };
  const cloudFrontHeaders = lower(headerNames).filter((name) => name.startsWith('cloudfront-'));
  const queryString = forwarded.boolean('QueryString') ?? false;
  const keyNames = forwarded.strings('QueryStringCacheKeys');
  const queryStrings: ValueSelection = !queryString
    ? { mode: 'none' }
    : keyNames.length > 0
      ? { mode: 'only', names: keyNames }
      : { mode: 'all' };
  forwarded.finish();
  const name = 'legacy cache settings (ForwardedValues)';
  return {
    cache: {
      kind: 'settings',
      name,
      from: 'legacy',
      minTtl,
      defaultTtl,
      maxTtl,
      cookies,
      queryStrings,
      headers,
    },
    originRequest: {
      kind: 'settings',
      name,
      from: 'legacy',
      headers,
      cloudFrontHeaders,
      cookies,
      queryStrings,
    },
  };
}

/** `arn:aws:cloudfront::123456789012:function/mysite-forward-host` → `mysite-forward-host`. */
export function functionNameOfArn(arn: string): string {
  return /:function\/([^/]+)$/.exec(arn)?.[1] ?? arn;
}

export function readFunctionAssociation(
  association: FieldReader,
  template: TemplateResources | undefined,
): ExistingFunctionAssociation | undefined {
  const eventType = association.string('EventType');
  const raw = association.raw(['FunctionARN', 'FunctionArn']);
  association.finish();
  if (eventType !== 'viewer-request' && eventType !== 'viewer-response') {
    association.context.unread.push({
      path: association.pathOf('EventType'),
      value: shortValue(eventType),
      why: 'not a CloudFront Functions event type (viewer-request or viewer-response): not read',
    });
    return undefined;
  }
  const own = templateResource(raw, template, 'AWS::CloudFront::Function');
  if (own !== undefined) {
    const code = own.properties.FunctionCode;
    const name = own.properties.Name;
    return {
      eventType,
      name: typeof name === 'string' ? name : own.id,
      code: typeof code === 'string' ? code : null,
    };
  }
  if (typeof raw === 'string') return { eventType, name: functionNameOfArn(raw), code: null };
  return { eventType, name: shortValue(raw), code: null };
}
