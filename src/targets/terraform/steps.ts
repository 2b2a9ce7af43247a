import type { Deployment, OutputKey } from '../../model';
import { secretVersionIdCommand, secretVersionNote } from '../emit/origin-secret-rotation';
import type { InfrastructureSteps, TargetStep } from '../types';
import { bucketResourceAddresses } from './buckets-tf';
import { FOLDER, outputName, providerAlias } from './names';

/** How Terraform deploys, reads and destroys the model: one root module holds every stack, one provider each. */

const terraform = (command: string) => `terraform -chdir=${FOLDER} ${command}`;

/** "us-east-1 (aws) and eu-west-1 (aws.origin_region)": where the module's providers work. */
export function providerRegions(deployment: Deployment): string {
  return deployment.stacks
    .map((stack) => {
      const alias = providerAlias(stack.key);
      return `${stack.region} (\`${alias === null ? 'aws' : `aws.${alias}`}\`)`;
    })
    .join(' and ');
}

function deploy(deployment: Deployment): TargetStep[] {
  const secret = deployment.originSecret;
  return [
    {
      title: `Deploy with Terraform: every stack, with providers in ${providerRegions(deployment)}`,
      stacks: deployment.stacks.map((stack) => stack.key),
      commands: [
        terraform('init'),
        ...(secret === null
          ? [terraform('plan -out=tfplan')]
          : [
              secretVersionIdCommand(secret),
              terraform(
                `plan -out=tfplan -var "${secret.versionId.variable}=$${secret.versionId.shellVariable}"`,
              ),
            ]),
        terraform('apply tfplan'),
      ],
      notes: [
        'One plan creates every stack’s resources, each through the provider of its stack’s region.',
        ...(secret === null
          ? []
          : [
              `The plan reads the secret \`${secret.secretName}\` from AWS Secrets Manager in ${secret.secretRegion}: create it first.`,
              secretVersionNote(secret),
              'The state and `tfplan` hold the secret’s value: keep them out of git, and the state in a protected backend (`terraform/README.md`).',
            ]),
      ],
    },
  ];
}

function output(deployment: Deployment, key: OutputKey): string {
  if (!deployment.outputs.some((candidate) => candidate.key === key))
    throw new Error(`The deployment has no output ${key}`);
  return terraform(`output -raw ${outputName(key)}`);
}

function destroy(deployment: Deployment): TargetStep[] {
  const kept = deployment.buckets.filter((bucket) => bucket.retainOnDelete);
  const addresses = kept.flatMap(bucketResourceAddresses);
  return [
    {
      title: 'Destroy with Terraform: every stack',
      // Terraform orders the deletes itself (the permissions go before the distribution they name).
      stacks: deployment.stacks.map((stack) => stack.key).reverse(),
      commands: [
        ...(addresses.length === 0 ? [] : [terraform(`state rm ${addresses.join(' ')}`)]),
        terraform('destroy'),
      ],
      notes:
        addresses.length === 0
          ? []
          : [
              '`state rm` makes Terraform forget the buckets and their settings, so `destroy` leaves them and their files in place (a plain `destroy` stops at their `prevent_destroy`).',
            ],
    },
  ];
}

export const terraformSteps: InfrastructureSteps = { deploy, output, destroy };
