import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

/**
 * Checks a CloudFormation template (long-form JSON, as parsed) against the AWS resource specification that
 * `@aws-cdk/aws-service-spec` ships (the database aws-cdk-lib's L1 constructs are generated from): resource types,
 * property names, required properties, nesting, value types, allowed values, and that every Ref/GetAtt/Sub
 * names a parameter, resource or attribute that exists. Test-only: it reads node_modules.
 */

type SpecType =
  | {
      type: 'string' | 'boolean' | 'integer' | 'number' | 'json' | 'date-time' | 'tag';
      allowedValues?: (string | number)[];
    }
  | { type: 'array' | 'map'; element: SpecType }
  | { type: 'ref'; reference: { $ref: string } }
  | { type: 'union'; types: SpecType[] };

interface SpecProperty {
  type: SpecType;
  required?: boolean;
}
interface SpecShape {
  properties: Record<string, SpecProperty>;
}
interface SpecResource extends SpecShape {
  cloudFormationType: string;
  attributes: Record<string, unknown>;
}

interface SpecIndex {
  resources: Map<string, SpecResource>;
  typeDefinitions: Map<string, SpecShape>;
}

let cachedIndex: SpecIndex | undefined;

function specIndex(): SpecIndex {
  if (cachedIndex !== undefined) return cachedIndex;
  const require = createRequire(import.meta.url);
  const dbPath = require.resolve('@aws-cdk/aws-service-spec/db.json.gz');
  const db = JSON.parse(gunzipSync(readFileSync(dbPath)).toString('utf8')) as {
    schema: {
      resource: { entities: (SpecResource & { $id: string })[] };
      typeDefinition: { entities: (SpecShape & { $id: string })[] };
    };
  };
  cachedIndex = {
    resources: new Map(db.schema.resource.entities.map((entity) => [entity.cloudFormationType, entity])),
    typeDefinitions: new Map(db.schema.typeDefinition.entities.map((entity) => [entity.$id, entity])),
  };
  return cachedIndex;
}

const INTRINSIC_KEYS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::Select',
  'Fn::Split',
  'Fn::ImportValue',
  'Fn::GetAZs',
  'Fn::Base64',
  'Fn::FindInMap',
]);
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);
const TEMPLATE_KEYS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Condition',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function intrinsicKey(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC_KEYS.has(keys[0] ?? '') ? keys[0] : undefined;
}

/** Problems found, each prefixed with its path in the template; empty when the template matches the spec. */
export function checkTemplateAgainstSpec(template: unknown): string[] {
  const index = specIndex();
  const problems: string[] = [];
  if (!isObject(template)) return ['template: not an object'];
  for (const key of Object.keys(template)) {
    if (!TEMPLATE_KEYS.has(key)) problems.push(`${key}: not a template section`);
  }
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const resources = isObject(template.Resources) ? template.Resources : {};
  if (Object.keys(resources).length === 0) problems.push('Resources: a template needs at least one resource');
  const resourceTypes = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources)) {
    if (isObject(resource) && typeof resource.Type === 'string') resourceTypes.set(id, resource.Type);
  }
  const checkIntrinsic = (path: string, key: string, argument: unknown) =>
    problems.push(...intrinsicProblems(path, key, argument, parameters, resourceTypes, index));

  for (const [name, parameter] of Object.entries(parameters)) {
    if (!isObject(parameter) || typeof parameter.Type !== 'string')
      problems.push(`Parameters.${name}: no Type`);
  }
  for (const [id, resource] of Object.entries(resources)) {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) problems.push(`${path}: logical IDs are alphanumeric`);
    if (!isObject(resource)) {
      problems.push(`${path}: not an object`);
      continue;
    }
    for (const key of Object.keys(resource)) {
      if (!RESOURCE_KEYS.has(key)) problems.push(`${path}.${key}: not a resource attribute`);
    }
    const spec = index.resources.get(String(resource.Type));
    if (spec === undefined) {
      problems.push(`${path}.Type: unknown resource type ${String(resource.Type)}`);
      continue;
    }
    const properties = resource.Properties ?? {};
    problems.push(...shapeProblems(`${path}.Properties`, properties, spec, index, checkIntrinsic));
  }
  for (const [name, output] of Object.entries(isObject(template.Outputs) ? template.Outputs : {})) {
    if (!isObject(output) || !('Value' in output)) problems.push(`Outputs.${name}: no Value`);
    else walkIntrinsics(`Outputs.${name}.Value`, output.Value, checkIntrinsic);
  }
  return problems;
}

type IntrinsicChecker = (path: string, key: string, argument: unknown) => void;

function walkIntrinsics(path: string, value: unknown, check: IntrinsicChecker): void {
  const key = intrinsicKey(value);
  if (key !== undefined && isObject(value)) check(path, key, value[key]);
  else if (Array.isArray(value)) value.forEach((item, i) => walkIntrinsics(`${path}[${i}]`, item, check));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) walkIntrinsics(`${path}.${k}`, v, check);
}

function shapeProblems(
  path: string,
  value: unknown,
  shape: SpecShape,
  index: SpecIndex,
  check: IntrinsicChecker,
): string[] {
  if (!isObject(value)) return [`${path}: expected an object`];
  const problems: string[] = [];
  for (const [name, property] of Object.entries(shape.properties)) {
    if (property.required === true && !(name in value)) problems.push(`${path}.${name}: required`);
  }
  for (const [name, item] of Object.entries(value)) {
    const property = shape.properties[name];
    if (property === undefined) problems.push(`${path}.${name}: unknown property`);
    else problems.push(...valueProblems(`${path}.${name}`, item, property.type, index, check));
  }
  return problems;
}

function valueProblems(
  path: string,
  value: unknown,
  type: SpecType,
  index: SpecIndex,
  check: IntrinsicChecker,
): string[] {
  const intrinsic = intrinsicKey(value);
  if (intrinsic !== undefined && isObject(value) && type.type !== 'json') {
    check(path, intrinsic, value[intrinsic]);
    return [];
  }
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string') return [`${path}: expected a string, got ${JSON.stringify(value)}`];
      if (type.type === 'string' && type.allowedValues !== undefined && !type.allowedValues.includes(value)) {
        return [`${path}: ${value} is not one of ${type.allowedValues.join(', ')}`];
      }
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'integer':
      if (!Number.isInteger(value)) return [`${path}: expected an integer, got ${JSON.stringify(value)}`];
      // Some integers have a list too (a WAF rate-based rule's EvaluationWindowSec: 60, 120, 300 or 600).
      if (type.allowedValues !== undefined && !type.allowedValues.includes(value as number))
        return [`${path}: ${String(value)} is not one of ${type.allowedValues.join(', ')}`];
      return [];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: expected a number, got ${JSON.stringify(value)}`];
    case 'json':
      walkIntrinsics(path, value, check);
      return isObject(value) || typeof value === 'string' ? [] : [`${path}: expected a JSON object`];
    case 'tag':
      return isObject(value) && 'Key' in value && 'Value' in value
        ? []
        : [`${path}: expected { Key, Value }`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected a list, got ${JSON.stringify(value)}`];
      return value.flatMap((item, i) => valueProblems(`${path}[${i}]`, item, type.element, index, check));
    case 'map':
      if (!isObject(value)) return [`${path}: expected a map`];
      return Object.entries(value).flatMap(([k, v]) =>
        valueProblems(`${path}.${k}`, v, type.element, index, check),
      );
    case 'ref': {
      const shape = index.typeDefinitions.get(type.reference.$ref);
      return shape === undefined
        ? [`${path}: spec type missing`]
        : shapeProblems(path, value, shape, index, check);
    }
    case 'union': {
      const attempts = type.types.map((option) => valueProblems(path, value, option, index, () => undefined));
      if (attempts.some((problems) => problems.length === 0)) return [];
      return [`${path}: matches none of the allowed types (${attempts.map((p) => p[0]).join(' | ')})`];
    }
  }
}

function intrinsicProblems(
  path: string,
  key: string,
  argument: unknown,
  parameters: Record<string, unknown>,
  resourceTypes: Map<string, string>,
  index: SpecIndex,
): string[] {
  const known = (name: string) =>
    PSEUDO_PARAMETERS.has(name) || name in parameters || resourceTypes.has(name);
  const attributeProblem = (resource: string, attribute: string): string[] => {
    const type = resourceTypes.get(resource);
    if (type === undefined) return [`${path}: GetAtt of unknown resource ${resource}`];
    const attributes = index.resources.get(type)?.attributes ?? {};
    return attribute in attributes ? [] : [`${path}: ${type} has no attribute ${attribute}`];
  };
  switch (key) {
    case 'Ref':
      return typeof argument === 'string' && known(argument)
        ? []
        : [`${path}: Ref to unknown ${String(argument)}`];
    case 'Fn::GetAtt':
      if (!Array.isArray(argument) || argument.length !== 2)
        return [`${path}: Fn::GetAtt takes [resource, attribute]`];
      return attributeProblem(String(argument[0]), String(argument[1]));
    case 'Fn::Sub': {
      if (typeof argument !== 'string') return [`${path}: only the string form of Fn::Sub is used here`];
      const problems: string[] = [];
      for (const match of argument.matchAll(/\$\{([^}]*)\}/g)) {
        const variable = match[1] ?? '';
        if (variable.startsWith('!')) continue;
        const dot = variable.indexOf('.');
        if (dot === -1 ? !known(variable) : true) {
          problems.push(
            ...(dot === -1
              ? [`${path}: Fn::Sub variable \${${variable}} is not a parameter or resource`]
              : attributeProblem(variable.slice(0, dot), variable.slice(dot + 1))),
          );
        }
      }
      return problems;
    }
    default:
      return [];
  }
}
