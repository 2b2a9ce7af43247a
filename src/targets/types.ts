import type { Deployment, GeneratedKey, OutputKey, StackKey, TargetKind } from '../model';

/** Monaco language ids of the files the wizard writes. */
export type FileLanguage =
  'javascript' | 'typescript' | 'python' | 'hcl' | 'yaml' | 'json' | 'markdown' | 'plaintext' | 'shell';

/** A line of a generated file that carries a generated setting the knowledge base explains. */
export interface ExplainedLine {
  /** 1-based line number in the file. */
  line: number;
  key: GeneratedKey;
}

/** One file of the bundle: `path` is relative to the bundle root and starts with the target's folder. */
export interface GeneratedFile {
  path: string;
  language: FileLanguage;
  contents: string;
  /** The lines the writer tagged with an explanation key, in line order (a line may carry several). */
  explained?: ExplainedLine[];
}

export type { TargetId } from './catalogue';
import type { TargetId } from './catalogue';

/** Shell commands for one part of a deployment, and the stacks they create or delete. */
export interface TargetStep {
  /** What this step does, in a few words ("Deploy the main stack in us-east-1"). */
  title: string;
  /** The stacks this step deploys or destroys (empty for preparation such as `npm install`). */
  stacks: StackKey[];
  /** Commands to run, in order, from the bundle's root folder. */
  commands: string[];
  /** Markdown sentences shown under the commands. */
  notes: string[];
}

/** How an infrastructure target deploys the model's stacks, reads their outputs and removes them again. */
export interface InfrastructureSteps {
  deploy(deployment: Deployment): TargetStep[];
  /** A shell expression that prints one output of the deployed stacks (for follow-up commands). */
  output(deployment: Deployment, key: OutputKey): string;
  destroy(deployment: Deployment): TargetStep[];
}

/**
 * An output target: one folder of the bundle, printed from the deployment model. Registered once in
 * `registry.ts`; adding a target is one folder and one entry, and a target that leaves out a stack in its deploy
 * or destroy steps, or a line for an explanation that applies, fails a test.
 */
export interface Target {
  id: TargetId;
  /** Tab label, e.g. "CDK (TypeScript)". */
  label: string;
  /** The bundle folder every file of this target lives in, e.g. "cdk-typescript". */
  folder: string;
  kind: TargetKind;
  /** What the folder holds, for the bundle README's file table. */
  summary: string;
  generate: (deployment: Deployment) => GeneratedFile[];
  /** Infrastructure targets only. */
  steps?: InfrastructureSteps;
}
