import type { BucketKey, DeployStep, OriginSecretPlan, StackKey } from '../../model';

/** The deploy steps as the README's numbered sections: stacks deployed one after another share one section. */
export type DeployBlock =
  | { kind: 'secret'; secret: OriginSecretPlan }
  | { kind: 'stacks'; stacks: StackKey[]; first: boolean }
  | { kind: 'django'; originVerify: 'now' | 'later' | 'none' }
  | { kind: 'origin-verify' }
  | { kind: 'upload'; buckets: BucketKey[] }
  | { kind: 'dns'; managedByStack: boolean };

export function deployBlocks(steps: readonly DeployStep[]): DeployBlock[] {
  const blocks: DeployBlock[] = [];
  for (const step of steps) {
    const last = blocks[blocks.length - 1];
    switch (step.kind) {
      case 'create-origin-secret':
        blocks.push({ kind: 'secret', secret: step.secret });
        break;
      case 'deploy-stack':
        if (last?.kind === 'stacks') last.stacks.push(step.stack);
        else
          blocks.push({
            kind: 'stacks',
            stacks: [step.stack],
            first: !blocks.some((block) => block.kind === 'stacks'),
          });
        break;
      case 'configure-django':
        blocks.push({ kind: 'django', originVerify: step.originVerify });
        break;
      case 'enable-origin-verify':
        blocks.push({ kind: 'origin-verify' });
        break;
      case 'upload-files':
        blocks.push({ kind: 'upload', buckets: step.buckets });
        break;
      case 'dns':
        blocks.push({ kind: 'dns', managedByStack: step.managedByStack });
        break;
    }
  }
  return blocks;
}

/** The number of each kind of deploy section, for references between sections ("the outputs kept in step 2"). */
export type StepNumbers = Partial<Record<DeployBlock['kind'], number>>;

/** Each kind of section's number (the first, if a kind comes twice). */
export function stepNumbersOf(blocks: readonly DeployBlock[]): StepNumbers {
  const numbers: StepNumbers = {};
  blocks.forEach((block, index) => {
    numbers[block.kind] ??= index + 1;
  });
  return numbers;
}
