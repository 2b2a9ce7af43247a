import type { DeployInput, OriginSecretPlan } from '../../model';
import { shellWord } from './shell';

/**
 * The origin secret's commands (AWS CLI v2). The value is made once, inside Secrets Manager's create call: no
 * shell ever draws a second random value, and every reader (the stacks, Django, these commands) asks Secrets
 * Manager. https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/create-secret.html
 */
export function createSecretCommand(secret: OriginSecretPlan): string {
  return (
    `aws secretsmanager create-secret --region ${shellWord(secret.secretRegion)} ` +
    `--name ${shellWord(secret.secretName)} --secret-string "$(openssl rand -hex 32)"`
  );
}

/**
 * Puts a deploy input's value in the shell variable of the same name (the name Django reads), at its staging
 * label: AWSPREVIOUS exists only once the secret has been rotated.
 * https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html
 */
export function readInputCommand(input: DeployInput): string {
  return (
    `export ${input.name}="$(aws secretsmanager get-secret-value --region ${shellWord(input.from.region)} ` +
    `--secret-id ${shellWord(input.from.secretsManager)} --version-stage ${input.from.version} ` +
    `--query SecretString --output text)"`
  );
}

/** Schedules the secret's deletion (Secrets Manager waits 30 days by default; `restore-secret` undoes it). */
export function deleteSecretCommand(secret: OriginSecretPlan): string {
  return `aws secretsmanager delete-secret --region ${shellWord(secret.secretRegion)} --secret-id ${shellWord(secret.secretName)}`;
}
