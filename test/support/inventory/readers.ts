import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Deployment } from '../../../src/model';
import { cdkPythonTarget } from '../../../src/targets/cdk-python';
import { cdkTypeScriptTarget } from '../../../src/targets/cdk-typescript';
import type { TargetId } from '../../../src/targets/catalogue';
import { cloudFormationTarget } from '../../../src/targets/cloudformation';
import { terraformTarget } from '../../../src/targets/terraform';
import { cdkAppFor } from '../../../src/targets/cdk/cdk-app-for';
import { synthesizeGraph } from '../cdk/graph-interpreter';
import { acknowledgedInGraph, readAcknowledged, readNagFindings } from '../cdk/nag-report';
import { readPythonGraphs } from '../cdk/python-graph-reader';
import {
  cloudAssemblyStacks,
  makeCdkWorkspace,
  removeCdkWorkspace,
  stacksByKey,
  synthesizeWrittenCdkApps,
  writeTargetFiles,
} from '../cdk/synth';
import { cdkInventory } from './cdk';
import { cloudFormationInventory } from './cloudformation';
import type { Inventory, InventoryResource } from './inventory';
import { terraformInventory } from './terraform';

/** Reads what one infrastructure target would deploy, from its real output, for many deployments at once. */
export type InventoryReader = (deployments: readonly Deployment[]) => Promise<Inventory[]>;

/** A fact a target cannot express with the tool version this project validates against, and why. */
export interface KnownGap {
  target: TargetId;
  why: string;
  /** Makes a resource comparable: blanks out the fact the target cannot write (applied to both sides). */
  mask: (resource: InventoryResource) => InventoryResource;
}

/**
 * The TypeScript apps, written out and synthesized with the real aws-cdk-lib (one Node process for all). cdk-nag's
 * AwsSolutions pack checks every app in the same synth (a few seconds for hundreds of apps): a finding the app does
 * not acknowledge, or an acknowledgment no finding needs, fails the read with the app and the rule.
 */
async function cdkTypeScriptInventories(deployments: readonly Deployment[]): Promise<Inventory[]> {
  const workspace = await makeCdkWorkspace('cdk-agree-');
  try {
    const dirs = deployments.map((_, index) => path.join(workspace, `app-${index}`));
    await Promise.all(
      deployments.map((deployment, index) => writeTargetFiles(cdkTypeScriptTarget, deployment, dirs[index]!)),
    );
    await synthesizeWrittenCdkApps(dirs, { nag: true });
    const nag = await Promise.all(
      deployments.map(async (deployment, index) => {
        const findings = await readNagFindings(path.join(dirs[index]!, 'cdk.out'));
        const stale =
          JSON.stringify(await readAcknowledged(dirs[index]!)) !==
          JSON.stringify(acknowledgedInGraph(cdkAppFor(deployment)));
        const problems = [...findings, ...(stale ? ['an acknowledgment matches no finding'] : [])];
        return problems.map((problem) => `app ${index} (${deployment.projectName}): ${problem}`);
      }),
    );
    if (nag.flat().length > 0) throw new Error(`cdk-nag (AwsSolutions):\n${nag.flat().join('\n')}`);
    return Promise.all(
      deployments.map(async (deployment, index) =>
        cdkInventory(stacksByKey(deployment, await cloudAssemblyStacks(dirs[index]!))),
      ),
    );
  } finally {
    await removeCdkWorkspace(workspace);
  }
}

/** The Python apps, read back by Python's own parser and built with the real aws-cdk-lib as jsii binds Python. */
async function cdkPythonInventories(deployments: readonly Deployment[]): Promise<Inventory[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'cdk-python-agree-'));
  try {
    const dirs = deployments.map((_, index) => path.join(root, `app-${index}`));
    await Promise.all(
      deployments.map((deployment, index) => writeTargetFiles(cdkPythonTarget, deployment, dirs[index]!)),
    );
    const graphs = readPythonGraphs(dirs);
    return deployments.map((deployment, index) => {
      const graph = graphs.get(dirs[index]!);
      if (graph === undefined) throw new Error(`The Python app ${index} was not read back`);
      return cdkInventory(stacksByKey(deployment, synthesizeGraph(graph)));
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export const INVENTORY_READERS: Partial<Record<TargetId, InventoryReader>> = {
  'cdk-typescript': cdkTypeScriptInventories,
  'cdk-python': cdkPythonInventories,
  cloudformation: async (deployments) =>
    deployments.map((deployment) => cloudFormationInventory(cloudFormationTarget.generate(deployment))),
  terraform: async (deployments) =>
    Promise.all(deployments.map((deployment) => terraformInventory(terraformTarget.generate(deployment)))),
};

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    target: 'terraform',
    why:
      'hashicorp/aws 5.x (5.100 is what is validated here) has no invoked_via_function_url on aws_lambda_permission ' +
      '(added in 6.x): the InvokeFunction grant is limited by source_arn to the distribution only',
    mask: (resource) =>
      resource.kind === 'lambda-permission'
        ? { ...resource, facts: { ...resource.facts, invokedViaFunctionUrl: false } }
        : resource,
  },
];
