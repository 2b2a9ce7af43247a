import type { BucketKey, DestroyStep, OriginSecretPlan, StackKey } from '../../model';
import { keptOutputKeys, presentOfKind, stackLabel, stepRef, type ReadmeContext } from './context';
import { mdBlock, mdInline } from './markdown';
import { deleteSecretCommand } from './secret';
import { outputVariable } from './shell';
import { stepsFor, stepsInFolderReadme, targetStepsMarkdown } from './target-steps';

/** The destroy steps as the README's numbered sections: stacks deleted one after another share one section. */
type RollbackBlock =
  | Exclude<DestroyStep, { kind: 'destroy-stack' }>
  | { kind: 'destroy-stacks'; stacks: StackKey[]; first: boolean };

function rollbackBlocks(steps: readonly DestroyStep[]): RollbackBlock[] {
  const blocks: RollbackBlock[] = [];
  for (const step of steps) {
    const last = blocks[blocks.length - 1];
    if (step.kind !== 'destroy-stack') blocks.push(step);
    else if (last?.kind === 'destroy-stacks') last.stacks.push(step.stack);
    else
      blocks.push({
        kind: 'destroy-stacks',
        stacks: [step.stack],
        first: !blocks.some((block) => block.kind === 'destroy-stacks'),
      });
  }
  return blocks;
}

/** "Roll back": the model's destroy steps in their order, each stack deleted by the tool that deployed it. */
export function rollbackSection(context: ReadmeContext): string {
  const blocks = rollbackBlocks(context.deployment.destroySteps);
  return [
    '## Roll back',
    'Undo in this order: viewers leave CloudFront before it goes, and the stacks go in the reverse of their deploy order.',
    ...blocks.map((block, index) => `### ${index + 1}. ${blockText(context, block)}`),
  ].join('\n\n');
}

function blockText(context: ReadmeContext, block: RollbackBlock): string {
  switch (block.kind) {
    case 'restore-django':
      return block.requiresOriginSecret
        ? 'Django first\n\nStop requiring the origin secret: take the origin-verify middleware out of ' +
            '`MIDDLEWARE` and redeploy. Once DNS moves, viewers reach the origin directly, without CloudFront’s ' +
            'header, and the middleware would refuse them. Go back to your previous release once DNS has moved.'
        : 'Django\n\nRedeploy your previous release once the names reach the app another way again: the ' +
            'settings from this bundle expect requests through CloudFront.';
    case 'restore-dns':
      return block.managedByStack
        ? 'DNS\n\nThe stack owns the alias records, and deleting the stack deletes them: first create the ' +
            `previous records again (noted before ${stepRef(context.stepNumber.stacks)}) if the names must keep ` +
            'working, or accept that they stop resolving.'
        : `DNS\n\nPoint each name back at its previous target (the records you noted in ${stepRef(context.stepNumber.dns)}). ` +
            'Resolvers keep the old answer for up to the record’s TTL.';
    case 'destroy-stacks':
      return destroyStacks(context, block.stacks, block.first);
    case 'empty-buckets':
      return emptyBuckets(block.buckets);
    case 'delete-origin-secret':
      return deleteSecret(block.secret);
  }
}

function destroyStacks(context: ReadmeContext, stacks: StackKey[], first: boolean): string {
  const { deployment } = context;
  const buckets = deployment.buckets.length > 0;
  const intro =
    `Delete ${stacks.map((key) => stackLabel(deployment, key)).join(', then ')} with the folder you deployed ` +
    'with. CloudFront disables the distribution first, which takes several minutes.' +
    (deployment.certificate.kind === 'existing'
      ? ' Your existing certificate is not touched.'
      : ' The certificate the stack created goes with it.') +
    (buckets
      ? ` The S3 buckets stay (they hold your files): keep ${keptOutputKeys(deployment)
          .filter((key) => key.endsWith('BucketName'))
          .map((key) => mdInline(`$${outputVariable(key)}`))
          .join(', ')} set for the next step, since the stack’s outputs go with it.`
      : '');
  const folders = presentOfKind(context, 'infrastructure').map((present) => {
    const steps = present.target.steps;
    const body =
      steps === undefined
        ? stepsInFolderReadme(deployment, present, 'delete', stacks)
        : targetStepsMarkdown(stepsFor(steps.destroy(deployment), stacks, first));
    return `${present.target.label} (${mdInline(`${present.target.folder}/`)}):\n\n${body}`;
  });
  return [stacks.length === 1 ? 'The stack' : 'The stacks', intro, ...folders].join('\n\n');
}

/** Buckets are kept on purpose; `rb --force` deletes their (unversioned) objects, then them. */
function emptyBuckets(buckets: readonly BucketKey[]): string {
  return [
    'The buckets, if you no longer need the files',
    'They were kept on purpose. Deleting one deletes every file in it:',
    mdBlock(
      'sh',
      buckets
        .map((bucket) => `aws s3 rb "s3://$${outputVariable(`${bucket}BucketName`)}" --force`)
        .join('\n'),
    ),
  ].join('\n\n');
}

function deleteSecret(secret: OriginSecretPlan): string {
  return [
    'The origin secret',
    mdBlock('sh', deleteSecretCommand(secret)),
    'Secrets Manager keeps it for 30 days before deleting it; `aws secretsmanager restore-secret` brings it back until then.',
  ].join('\n\n');
}
