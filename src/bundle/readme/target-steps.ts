import type { Deployment, StackKey } from '../../model';
import type { TargetStep } from '../../targets/types';
import { folderReadme, keptOutputKeys, stackLabel, type PresentTarget } from './context';
import { mdBlock, mdInline } from './markdown';
import { outputVariable } from './shell';

/** One target's steps as Markdown: a bold title, the commands, the notes. */
export function targetStepsMarkdown(steps: readonly TargetStep[]): string {
  return steps
    .map((step) =>
      [
        `**${step.title}**`,
        step.commands.length === 0 ? '' : mdBlock('sh', step.commands.join('\n')),
        ...step.notes,
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
    )
    .join('\n\n');
}

/** The steps that concern these stacks, with the preparation (steps of no stack) when `withPreparation`. */
export function stepsFor(
  steps: readonly TargetStep[],
  stacks: readonly StackKey[],
  withPreparation: boolean,
) {
  return steps.filter((step) =>
    step.stacks.length === 0 ? withPreparation : step.stacks.some((stack) => stacks.includes(stack)),
  );
}

/** Until a target prints its own steps, its folder README has them: say so, naming the stacks it must cover. */
export function stepsInFolderReadme(
  deployment: Deployment,
  present: PresentTarget,
  verb: 'deploy' | 'delete',
  stacks: readonly StackKey[],
): string {
  const readme = folderReadme(present);
  const where =
    readme === null
      ? `The files in ${mdInline(`${present.target.folder}/`)} show how`
      : `${mdInline(readme)} has the commands`;
  return `${where} to ${verb} ${stacks.map((key) => stackLabel(deployment, key)).join(', then ')} with this folder.`;
}

/** After deploying with a target: the outputs the later steps use, read with that target's own command. */
export function keptOutputsMarkdown(deployment: Deployment, present: PresentTarget): string {
  const keys = keptOutputKeys(deployment);
  const steps = present.target.steps;
  if (steps === undefined) {
    return (
      `Then set ${keys.map((key) => mdInline(outputVariable(key))).join(', ')} to the stack outputs ` +
      `${keys.map((key) => mdInline(key)).join(', ')}: the next steps use them.`
    );
  }
  return [
    'Keep the outputs the next steps use (in the shell you run them from):',
    mdBlock(
      'sh',
      keys.map((key) => `export ${outputVariable(key)}="$(${steps.output(deployment, key)})"`).join('\n'),
    ),
  ].join('\n\n');
}
