import { describe, expect, it } from 'vitest';
import { deploymentFor, type Deployment, type StackKey } from '../model';
import { FIXTURES } from '../../test/support/fixtures';
import { TARGET_IDS, TARGET_TABS } from './catalogue';
import { TARGETS, targetById } from './index';
import type { TargetStep } from './types';

/** The stacks a list of steps covers, in the order they first appear. */
function stackOrder(steps: readonly TargetStep[]): StackKey[] {
  const order: StackKey[] = [];
  for (const step of steps) for (const stack of step.stacks) if (!order.includes(stack)) order.push(stack);
  return order;
}

const modelOrder = (deployment: Deployment) => deployment.stacks.map((stack) => stack.key);
const infrastructure = TARGETS.filter((target) => target.kind === 'infrastructure');

describe('the target registry', () => {
  it('holds every target of the catalogue once, in its order, with its label and kind', () => {
    expect(TARGETS.map((target) => target.id)).toEqual([...TARGET_IDS]);
    expect(TARGETS.map(({ id, label, kind }) => ({ id, label, kind }))).toEqual(TARGET_TABS);
    for (const id of TARGET_IDS) expect(targetById(id).id).toBe(id);
    expect(new Set(TARGETS.map((target) => target.folder)).size).toBe(TARGETS.length);
    for (const target of TARGETS) expect(target.summary.trim()).not.toBe('');
  });

  it('gives steps to the infrastructure targets only', () => {
    for (const target of TARGETS)
      expect(target.steps !== undefined, target.id).toBe(target.kind === 'infrastructure');
  });
});

describe.each(FIXTURES.map((entry) => [entry.name, deploymentFor(entry.config)] as const))(
  'fixture %s',
  (_name, deployment) => {
    it('every target writes only into its own folder, each path once', () => {
      const paths = TARGETS.flatMap((target) =>
        target.generate(deployment).map((file) => {
          expect(file.path.startsWith(`${target.folder}/`), `${target.id}: ${file.path}`).toBe(true);
          return file.path;
        }),
      );
      expect(new Set(paths).size).toBe(paths.length);
    });

    it.each(infrastructure.map((target) => [target.id, target] as const))(
      '%s deploys every stack of the model in its order and destroys them in reverse',
      (_id, target) => {
        const steps = target.steps;
        expect(steps, `${target.id} has no deploy/output/destroy steps`).toBeDefined();
        if (steps === undefined) return;
        const deploy = steps.deploy(deployment);
        const destroy = steps.destroy(deployment);
        expect(stackOrder(deploy)).toEqual(modelOrder(deployment));
        expect(stackOrder(destroy)).toEqual([...modelOrder(deployment)].reverse());
        for (const step of [...deploy, ...destroy]) {
          expect(step.title.trim(), `${target.id}: a step without a title`).not.toBe('');
          if (step.stacks.length > 0)
            expect(step.commands.length, `${target.id}: ${step.title}`).toBeGreaterThan(0);
        }
        for (const output of deployment.outputs)
          expect(steps.output(deployment, output.key).trim()).not.toBe('');
      },
    );
  },
);
