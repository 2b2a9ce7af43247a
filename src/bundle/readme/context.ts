import type { Config } from '../../config/schema';
import type { Deployment, OutputKey, StackKey, TargetKind } from '../../model';
import type { GeneratedFile, Target } from '../../targets/types';
import type { StepNumbers } from './deploy-blocks';
import { mdInline } from './markdown';

/** A target that wrote files into this bundle, with those files. */
export interface PresentTarget {
  target: Target;
  files: GeneratedFile[];
}

/** What every part of the bundle README reads: the deployment, and the targets that wrote this bundle's files. */
export interface ReadmeContext {
  /** Only for what is about the choices themselves: the settings changed from the defaults, the warnings. */
  config: Config;
  deployment: Deployment;
  /** In registry order; targets that wrote no file are left out. */
  present: PresentTarget[];
  stepNumber: StepNumbers;
}

export function presentOfKind(context: ReadmeContext, kind: TargetKind): PresentTarget[] {
  return context.present.filter((present) => present.target.kind === kind);
}

/** The stack's CloudFormation name, for sentences ("`mysite-cloudfront` in us-east-1"). */
export function stackLabel(deployment: Deployment, key: StackKey): string {
  const stack = deployment.stacks.find((candidate) => candidate.key === key);
  if (stack === undefined) throw new Error(`The deployment has no ${key} stack`);
  return `${mdInline(stack.name)} (${stack.region})`;
}

/** The stack outputs later commands use, in the order they are kept: the distribution, then each bucket. */
export function keptOutputKeys(deployment: Deployment): OutputKey[] {
  return [
    'DistributionId',
    'DistributionDomainName',
    ...deployment.buckets.map((bucket): OutputKey => `${bucket.key}BucketName`),
  ];
}

/** "`folder/README.md`" when the target wrote one, else null. */
export function folderReadme(present: PresentTarget): string | null {
  const path = `${present.target.folder}/README.md`;
  return present.files.some((file) => file.path === path) ? path : null;
}

/** "step 3", or "that step" when the deployment has no such step (never expected; keeps sentences whole). */
export function stepRef(number: number | undefined): string {
  return number === undefined ? 'that step' : `step ${number}`;
}
