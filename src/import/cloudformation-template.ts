import type { UnreadItem } from './existing-setup';
import { isRecord, shortValue, type Computed, type IntrinsicResolver } from './field-reader';

/** The parts of a CloudFormation template a distribution can refer to. */
export interface TemplateResources {
  resources: Record<string, { type: string; properties: Record<string, unknown> }>;
  /** Resource IDs the reader has used (the distribution, its policies, its functions). */
  used: Set<string>;
  resolve: IntrinsicResolver;
}

export type TemplateRead =
  | { ok: true; distributionId: string; distributionConfig: unknown; template: TemplateResources }
  | { ok: false; error: string };

const DISTRIBUTION_TYPE = 'AWS::CloudFront::Distribution';

/** The resource a Ref / GetAtt / Sub names, if it names one of the template's resources. */
function referencedResource(
  value: unknown,
  resources: TemplateResources['resources'],
): Computed['resource'] | undefined {
  if (!isRecord(value)) return undefined;
  const [fn, argument] = Object.entries(value)[0] ?? [];
  if (fn === 'Ref' && typeof argument === 'string' && resources[argument] !== undefined)
    return { id: argument, type: resources[argument]!.type };
  if (fn === 'Fn::GetAtt') {
    const [id, attribute] = Array.isArray(argument) ? argument : String(argument).split('.');
    if (typeof id === 'string' && resources[id] !== undefined)
      return {
        id,
        type: resources[id]!.type,
        attribute: typeof attribute === 'string' ? attribute : undefined,
      };
  }
  if (fn === 'Fn::Sub') {
    const text = Array.isArray(argument) ? argument[0] : argument;
    for (const match of String(text).matchAll(/\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9.]+))?\}/g)) {
      const id = match[1]!;
      if (resources[id] !== undefined) return { id, type: resources[id]!.type, attribute: match[2] };
    }
  }
  const nested = Array.isArray(argument) ? argument : isRecord(argument) ? Object.values(argument) : [];
  for (const item of nested) {
    const found = referencedResource(item, resources);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads a template (already parsed from YAML or JSON) far enough to find its distribution and resolve what the
 * distribution refers to: parameters by their Default, plain Fn::Sub and Fn::Join of known values; anything
 * else stays an expression, with the resource it points at.
 */
export function readTemplate(template: unknown, unread: UnreadItem[]): TemplateRead {
  if (!isRecord(template))
    return { ok: false, error: 'a CloudFormation template is an object with Resources' };
  const rawResources = template.Resources;
  if (!isRecord(rawResources)) return { ok: false, error: 'the template has no Resources section' };
  const resources: TemplateResources['resources'] = {};
  for (const [id, resource] of Object.entries(rawResources)) {
    if (isRecord(resource) && typeof resource.Type === 'string')
      resources[id] = {
        type: resource.Type,
        properties: isRecord(resource.Properties) ? resource.Properties : {},
      };
    else
      unread.push({
        path: `Resources.${id}`,
        value: shortValue(resource),
        why: 'not a resource (no Type): not read',
      });
  }
  const distributions = Object.entries(resources).filter(
    ([, resource]) => resource.type === DISTRIBUTION_TYPE,
  );
  if (distributions.length === 0) {
    const types = [...new Set(Object.values(resources).map((resource) => resource.type))].slice(0, 8);
    return {
      ok: false,
      error: `the template has no ${DISTRIBUTION_TYPE}${types.length > 0 ? ` (it holds ${types.join(', ')})` : ''}`,
    };
  }
  const parameters = isRecord(template.Parameters) ? template.Parameters : {};
  const parameterDefault = (name: string): unknown =>
    isRecord(parameters[name]) ? (parameters[name] as Record<string, unknown>).Default : undefined;

  const resolveValue = (value: unknown, depth: number): { value: unknown } | Computed => {
    const computed = (): Computed => ({
      expression: shortValue(value),
      resource: referencedResource(value, resources),
    });
    if (!isRecord(value) || depth > 8) return { value };
    const entries = Object.entries(value);
    if (entries.length !== 1) return { value };
    const [fn, argument] = entries[0]!;
    if (fn === 'Ref' && typeof argument === 'string') {
      const fallback = parameterDefault(argument);
      if (fallback !== undefined && resources[argument] === undefined) {
        unread.push({
          path: `Parameters.${argument}`,
          value: shortValue(fallback),
          why: 'a parameter: its Default was used (a deploy may pass another value)',
        });
        return { value: fallback };
      }
      return computed();
    }
    if (fn === 'Fn::Sub' && typeof argument === 'string') {
      let unresolved = false;
      const text = argument.replace(/\$\{([^}!]+)\}/g, (whole, name: string) => {
        const fallback = parameterDefault(name);
        if (typeof fallback === 'string' && resources[name] === undefined) return fallback;
        unresolved = true;
        return whole;
      });
      return unresolved ? computed() : { value: text };
    }
    if (
      fn === 'Fn::Join' &&
      Array.isArray(argument) &&
      typeof argument[0] === 'string' &&
      Array.isArray(argument[1])
    ) {
      const parts: string[] = [];
      for (const part of argument[1] as unknown[]) {
        const resolved = typeof part === 'string' ? { value: part } : resolveValue(part, depth + 1);
        if ('expression' in resolved || typeof resolved.value !== 'string') return computed();
        parts.push(resolved.value);
      }
      return { value: parts.join(argument[0]) };
    }
    return computed();
  };

  const [distributionId, distribution] = distributions[0]!;
  for (const [otherId] of distributions.slice(1)) {
    unread.push({
      path: `Resources.${otherId}`,
      value: DISTRIBUTION_TYPE,
      why: `a second distribution: only the first (${distributionId}) is read; import the other on its own`,
    });
  }
  const used = new Set([distributionId, ...distributions.slice(1).map(([id]) => id)]);
  const propertyKeys = Object.keys(distribution.properties).filter((key) => key !== 'DistributionConfig');
  for (const key of propertyKeys) {
    unread.push({
      path: `Resources.${distributionId}.Properties.${key}`,
      value: shortValue(distribution.properties[key]),
      why: 'not a distribution setting the wizard reads (tags and the like): left out',
    });
  }
  return {
    ok: true,
    distributionId,
    distributionConfig: distribution.properties.DistributionConfig,
    template: { resources, used, resolve: (value) => resolveValue(value, 0) },
  };
}

/** Lists the template's resources the distribution did not use: they are the app, not the distribution. */
export function reportUnusedResources(template: TemplateResources, unread: UnreadItem[]): void {
  for (const [id, resource] of Object.entries(template.resources)) {
    if (template.used.has(id)) continue;
    unread.push({
      path: `Resources.${id}`,
      value: resource.type,
      why: 'not part of the distribution: the wizard’s bundle does not create it (keep it in your own stack)',
    });
  }
}
