import { describe, expect, it } from 'vitest';
import { deploymentFor, generatedKeysFor, type Deployment } from '../../model';
import { FIXTURES, fixture } from '../../../test/support/fixtures';
import { cdkPythonTarget } from '../cdk-python';
import { cdkTypeScriptTarget } from '../cdk-typescript';
import type { GeneratedFile, Target } from '../types';
import { CDK_CONTEXT } from './project-files';
import { CDK_APP_VERSIONS, CDK_CLI } from './versions';

const TARGETS: [string, Target][] = [
  ['cdk-typescript', cdkTypeScriptTarget],
  ['cdk-python', cdkPythonTarget],
];
const fileOf = (files: GeneratedFile[], suffix: string): GeneratedFile => {
  const found = files.find((file) => file.path.endsWith(suffix));
  if (found === undefined) throw new Error(`no ${suffix}`);
  return found;
};

describe.each(TARGETS)('%s', (folder, target) => {
  it('is an infrastructure target with deploy, output and destroy steps', () => {
    expect(target.kind).toBe('infrastructure');
    expect(target.folder).toBe(folder);
    expect(target.steps).toBeDefined();
  });

  it.each(FIXTURES.map((entry) => entry.name))('%s: tags every generated setting the model has', (name) => {
    const deployment = deploymentFor(fixture(name));
    const files = target.generate(deployment);
    const tagged = new Set(files.flatMap((file) => (file.explained ?? []).map((line) => line.key)));
    expect([...generatedKeysFor(deployment, 'infrastructure')].filter((key) => !tagged.has(key))).toEqual([]);
    for (const file of files) {
      const lineCount = file.contents.split('\n').length;
      for (const line of file.explained ?? []) expect(line.line).toBeLessThanOrEqual(lineCount);
    }
  });

  it.each(FIXTURES.map((entry) => entry.name))(
    '%s: steps cover every stack and region of the model',
    (name) => {
      const deployment = deploymentFor(fixture(name));
      const steps = target.steps;
      if (steps === undefined) throw new Error('no steps');
      const deploy = steps.deploy(deployment);
      const keys = deployment.stacks.map((stack) => stack.key);
      expect(deploy.flatMap((step) => step.stacks).sort()).toEqual([...keys].sort());
      const bootstrap = deploy
        .flatMap((step) => step.commands)
        .find((command) => command.includes(' bootstrap '));
      for (const stack of deployment.stacks) expect(bootstrap).toContain(`/${stack.region}"`);
      expect(deploy.flatMap((step) => step.commands).join('\n')).toContain(`${CDK_CLI} deploy --all`);
      const destroy = steps.destroy(deployment);
      expect(destroy.flatMap((step) => step.stacks)).toEqual([...keys].reverse());
      expect(destroy.flatMap((step) => step.commands).join('\n')).toContain(`${CDK_CLI} destroy --all`);
      const main = deployment.stacks[0];
      expect(steps.output(deployment, 'DistributionId')).toBe(
        `aws cloudformation describe-stacks --region ${main?.region} --stack-name ${main?.name} --query "Stacks[0].Outputs[?OutputKey=='DistributionId'].OutputValue" --output text`,
      );
    },
  );
});

/** What runs each CDK CLI command in shell code: it must be the pinned `npx aws-cdk@<version>`. */
function cliInvocations(code: string): string[] {
  return [...code.matchAll(/(\S+) (bootstrap|deploy|destroy|synth|diff)\b/g)].map((match) => match[1] ?? '');
}

/** The lines of a Markdown text's code blocks. */
const codeOf = (markdown: string): string =>
  markdown
    .split('```')
    .filter((_, index) => index % 2 === 1)
    .join('\n');

describe('both apps', () => {
  it.each(FIXTURES.map((entry) => entry.name))('%s: invoke the CDK CLI one way, pinned', (name) => {
    const deployment = deploymentFor(fixture(name));
    for (const [, target] of TARGETS) {
      const readme = fileOf(target.generate(deployment), 'README.md').contents;
      const steps = target.steps;
      const commands = [...(steps?.deploy(deployment) ?? []), ...(steps?.destroy(deployment) ?? [])].flatMap(
        (step) => step.commands,
      );
      const invocations = [...cliInvocations(codeOf(readme)), ...commands.flatMap(cliInvocations)];
      expect(invocations.length).toBeGreaterThan(0);
      expect(new Set(invocations)).toEqual(new Set([`aws-cdk@${CDK_APP_VERSIONS['aws-cdk']}`]));
    }
  });

  it('run with the same cdk.json context (one source)', () => {
    const deployment = deploymentFor(fixture('seed'));
    const contexts = TARGETS.map(
      ([, target]) =>
        (JSON.parse(fileOf(target.generate(deployment), 'cdk.json').contents) as { context: unknown })
          .context,
    );
    expect(contexts[0]).toEqual(CDK_CONTEXT);
    expect(contexts[1]).toEqual(contexts[0]);
  });

  it('pin the installed aws-cdk-lib and constructs', () => {
    const deployment = deploymentFor(fixture('seed'));
    const pkg = JSON.parse(fileOf(cdkTypeScriptTarget.generate(deployment), 'package.json').contents) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies).toEqual({
      'aws-cdk-lib': CDK_APP_VERSIONS['aws-cdk-lib'],
      constructs: CDK_APP_VERSIONS.constructs,
    });
    expect(pkg.devDependencies['aws-cdk']).toBe(CDK_APP_VERSIONS['aws-cdk']);
    expect(fileOf(cdkPythonTarget.generate(deployment), 'requirements.txt').contents).toBe(
      `aws-cdk-lib==${CDK_APP_VERSIONS['aws-cdk-lib']}\nconstructs==${CDK_APP_VERSIONS.constructs}\n`,
    );
  });

  it.each(FIXTURES.map((entry) => entry.name))(
    "%s: give each stack the model's name and literal region",
    (name) => {
      const deployment: Deployment = deploymentFor(fixture(name));
      const ts = fileOf(cdkTypeScriptTarget.generate(deployment), 'bin/app.ts').contents;
      const py = fileOf(cdkPythonTarget.generate(deployment), 'app.py').contents;
      for (const stack of deployment.stacks) {
        expect(ts).toContain(`stackName: '${stack.name}'`);
        expect(ts).toContain(`region: '${stack.region}' }`);
        expect(py).toContain(`stack_name="${stack.name}"`);
        expect(py).toContain(`region="${stack.region}")`);
      }
    },
  );
});

describe('a looked-up value (the CloudFront prefix list ID)', () => {
  const names = FIXTURES.filter((entry) =>
    deploymentFor(entry.config).stacks.some((stack) => stack.lookups.length > 0),
  ).map((entry) => entry.name);

  it('is covered by fixtures in the main stack and in the origin-region stack', () => {
    const keys = names.flatMap((name) =>
      deploymentFor(fixture(name))
        .stacks.filter((stack) => stack.lookups.length > 0)
        .map((stack) => stack.key),
    );
    expect(new Set(keys)).toEqual(new Set(['main', 'origin-region']));
  });

  it.each(names)(
    '%s: the deploy command looks it up in its stack’s region and passes it to that stack',
    (name) => {
      const deployment = deploymentFor(fixture(name));
      for (const [, target] of TARGETS) {
        const commands = (target.steps?.deploy(deployment) ?? []).flatMap((step) => step.commands);
        for (const stack of deployment.stacks)
          for (const lookup of stack.lookups) {
            const variable = lookup.key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
            expect(commands).toContain(
              `${variable}="$(aws ec2 describe-managed-prefix-lists --region ${stack.region} --filters Name=prefix-list-name,Values=${lookup.managedPrefixList} --query 'PrefixLists[0].PrefixListId' --output text)"`,
            );
            expect(commands.find((command) => command.includes(' deploy --all'))).toContain(
              `--parameters ${stack.name}:${lookup.key}="$${variable}"`,
            );
          }
      }
    },
  );
});
