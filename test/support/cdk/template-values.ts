/** Test support: small readers of values in a synthesized CloudFormation template (references, joins, lists). */
import type { CloudFormationTemplate } from './synth';

export type Json = unknown;
export type Props = Record<string, Json>;
export type Resource = CloudFormationTemplate['Resources'][string];

export const isObject = (value: Json): value is Props =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const asArray = (value: Json): Json[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
export const sorted = (values: string[]): string[] => [...values].sort();

export const refOf = (value: Json): string | null =>
  isObject(value) && typeof value.Ref === 'string' ? value.Ref : null;
export const getAttOf = (value: Json): [string, string] | null => {
  const att = isObject(value) ? value['Fn::GetAtt'] : undefined;
  return Array.isArray(att) && typeof att[0] === 'string' && typeof att[1] === 'string'
    ? [att[0], att[1]]
    : null;
};

/** `distribution` when the value is the ARN (or a reference) of a distribution, else its JSON. */
export function distributionRef(value: Json, distributions: Set<string>): string {
  const parts = isObject(value) && Array.isArray(value['Fn::Join']) ? asArray(value['Fn::Join'][1]) : [value];
  const pointsAtDistribution = parts.some((part) => {
    const ref = refOf(part) ?? getAttOf(part)?.[0] ?? null;
    return ref !== null && distributions.has(ref);
  });
  const joined = parts.filter((part) => typeof part === 'string').join('');
  return pointsAtDistribution && (parts.length === 1 || joined.includes(':distribution/'))
    ? 'distribution'
    : JSON.stringify(value);
}

/** 'StaticFilesBucketA7A2D39B' → 'StaticFiles' (the construct id the CDK app gives each bucket, plus CDK's hash). */
export function bucketKeyOf(logicalId: string): string {
  const match = /^(.+)Bucket[0-9A-F]{8}$/.exec(logicalId);
  if (match?.[1] === undefined) throw new Error(`Not a bucket of this app: ${logicalId}`);
  return match[1];
}
