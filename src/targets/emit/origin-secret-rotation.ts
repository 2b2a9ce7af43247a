import type { DeployInput, OriginSecretPlan } from '../../model';

/**
 * The shell line every infrastructure target's deploy starts with when the origin secret is on: the id of the
 * secret's current version, read without fetching the value (ListSecretVersionIds), kept in the one shell
 * variable the deploy command passes on. Every value is schema-checked (region, name), so it is quoted plainly.
 * https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/list-secret-version-ids.html
 */
export function secretVersionIdCommand(secret: OriginSecretPlan): string {
  const { versionId } = secret;
  return (
    `${versionId.shellVariable}="$(aws secretsmanager list-secret-version-ids --region ${secret.secretRegion} ` +
    `--secret-id ${secret.secretName} ` +
    `--query "Versions[?contains(VersionStages, '${versionId.stage}')].VersionId | [0]" --output text)"`
  );
}

/** Why the deploy names the version, for the steps' notes (every target says the same). */
export function secretVersionNote(secret: OriginSecretPlan): string {
  return (
    `The origin secret is referenced by version: \`${secret.versionId.shellVariable}\` is the id of its ` +
    `${secret.versionId.stage} version, read just before. After a rotation, run these commands again: the new id ` +
    'changes the reference, so the deploy updates the distribution and CloudFront sends the new value (a reference ' +
    'that did not change would not be read again).'
  );
}

/**
 * Rotating the origin secret with no refused request, step by step, for one target: `redeploy` is that target's
 * way of deploying the stacks again (which reads the new version id). The same four steps in every README.
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecretVersionStage.html
 */
export function rotationSteps(secret: OriginSecretPlan, inputs: DeployInput[], redeploy: string): string[] {
  const nameOf = (key: DeployInput['key']) => inputs.find((input) => input.key === key)?.name ?? '';
  const django = { current: nameOf('originSecret'), previous: nameOf('previousOriginSecret') };
  const where = `--secret-id ${secret.secretName} --region ${secret.secretRegion}`;
  return [
    '1. Put a new value; it becomes `AWSCURRENT` and the old one `AWSPREVIOUS`, and CloudFront still sends the old one:',
    '',
    '   ```sh',
    `   aws secretsmanager put-secret-value ${where} --secret-string "$(openssl rand -hex 32)"`,
    '   ```',
    '',
    `2. Redeploy Django with \`${django.current}\` = the new value (\`AWSCURRENT\`) and \`${django.previous}\` = the old one (\`AWSPREVIOUS\`): it accepts both now.`,
    `3. ${redeploy} They read the new \`${secret.versionId.stage}\` version id into \`${secret.versionId.shellVariable}\`; the changed reference updates the distribution, and CloudFront sends the new value.`,
    '4. Wait until the distribution is deployed (`aws cloudfront wait distribution-deployed --id <DistributionId>`), then unset ' +
      `\`${django.previous}\` and redeploy Django: the old value is refused from then on.`,
    '',
    'In the other order (the stack first), CloudFront would send a value Django does not know yet: every request would get a 403 until Django is redeployed.',
  ];
}
