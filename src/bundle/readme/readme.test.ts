import { describe, expect, it } from 'vitest';
import type { Config } from '../../config/schema';
import { deploymentFor, type DeployStep, type Deployment, type StackKey } from '../../model';
import { TARGETS, generateAllTargets } from '../../targets';
import type { GeneratedFile, Target, TargetStep } from '../../targets/types';
import { FIXTURES, fixture, parseFixture } from '../../../test/support/fixtures';
import { bundleReadme } from './index';
import { mdInline, mdTable } from './markdown';
import { outputVariable, shellInDoubleQuotes, shellWord } from './shell';

const PERMALINK = 'https://wizard.example/#c=1.test';
const readmeOf = (config: Config, files = generateAllTargets(deploymentFor(config)), targets = TARGETS) =>
  bundleReadme(config, files, { permalink: PERMALINK, targets }).contents;

/** The text between a heading and the next heading of the same level (or the end). */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`No section ${heading}`);
  const level = /^#+/.exec(heading)?.[0] ?? '##';
  const next = readme.slice(start + heading.length).search(new RegExp(`\\n${level} `));
  return next < 0 ? readme.slice(start) : readme.slice(start, start + heading.length + next);
}

/** The numbered `### N. Title` headings of a section, titles only. */
const numberedTitles = (text: string) =>
  [...text.matchAll(/^### (\d+)\. (.+)$/gm)].map((match, index) => {
    expect(Number(match[1])).toBe(index + 1);
    return match[2] ?? '';
  });

/** What the README must call each deploy step, straight from the model (stacks in a row share one section). */
function expectedDeployTitles(deployment: Deployment): string[] {
  const titles: string[] = [];
  for (const step of deployment.deploySteps) {
    const stacks = deployment.stacks.length === 1 ? 'The CloudFront stack' : 'The stacks';
    const titleOf: Record<DeployStep['kind'], string> = {
      'create-origin-secret': 'The origin secret',
      'deploy-stack': stacks,
      'configure-django': 'Django settings',
      'enable-origin-verify': 'Turn on the origin secret check',
      'upload-files': 'Upload the files to S3',
      dns: step.kind === 'dns' && step.managedByStack ? 'DNS' : 'DNS, last',
    };
    const title = titleOf[step.kind];
    if (titles[titles.length - 1] !== title) titles.push(title);
  }
  return titles;
}

/** An infrastructure target with steps, as the converted targets will have: commands that name their stacks. */
function fakeTarget(id: 'cloudformation' | 'terraform', folder: string): Target {
  const commands = (verb: string, deployment: Deployment, stack: StackKey) =>
    `${folder}-tool ${verb} ${deployment.stacks.find((candidate) => candidate.key === stack)?.name}`;
  const perStack = (verb: string, deployment: Deployment, order: StackKey[]): TargetStep[] =>
    order.map((stack) => ({
      title: `${verb} ${stack}`,
      stacks: [stack],
      commands: [commands(verb, deployment, stack)],
      notes: [`Note for ${verb} ${stack}.`],
    }));
  return {
    id,
    label: `Fake ${folder}`,
    folder,
    kind: 'infrastructure',
    summary: `A fake ${folder}`,
    generate: () => [{ path: `${folder}/README.md`, language: 'markdown', contents: '# fake' }],
    steps: {
      deploy: (deployment) => [
        { title: 'Install', stacks: [], commands: [`${folder}-tool install`], notes: [] },
        ...perStack(
          'deploy',
          deployment,
          deployment.stacks.map((stack) => stack.key),
        ),
      ],
      output: (_deployment, key) => `${folder}-tool output ${key}`,
      destroy: (deployment) =>
        perStack('destroy', deployment, deployment.stacks.map((stack) => stack.key).reverse()),
    },
  };
}

const FAKES = [fakeTarget('cloudformation', 'fake-a'), fakeTarget('terraform', 'fake-b')];
const withFakes = (config: Config) =>
  readmeOf(
    config,
    FAKES.flatMap((target) => target.generate(deploymentFor(config))),
    FAKES,
  );

describe('bundle README: the deploy steps come from the model', () => {
  it.each(FIXTURES.map((entry) => [entry.name, entry.config] as const))(
    '%s: one numbered section per deploy step, in the model’s order',
    (_name, config) => {
      const readme = readmeOf(config);
      const deploy = section(readme, '## Deploy, in this order');
      expect(numberedTitles(deploy)).toEqual(expectedDeployTitles(deploymentFor(config)));
      const order = [
        '## What this bundle sets up',
        '## Files',
        '## Deploy, in this order',
        '## Verify',
        '## Roll back',
      ];
      const positions = order.map((heading) => readme.indexOf(`${heading}\n`));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    },
  );

  it('never reads the generated files’ text: the same paths with other contents give the same README', () => {
    for (const name of ['secret-header', 'lambda-oac-other-region', 's3-static-and-media']) {
      const config = fixture(name);
      const files = generateAllTargets(deploymentFor(config));
      const blanked = files.map((file) => ({
        ...file,
        contents: 'os.environ["X"] AWS::IAM::Role "aws-cdk"',
      }));
      expect(readmeOf(config, blanked)).toBe(readmeOf(config, files));
    }
  });

  it('prints each infrastructure target’s own deploy commands, preparation first, and keeps its outputs', () => {
    const config = fixture('lambda-oac-other-region');
    const deployment = deploymentFor(config);
    const stacks = section(withFakes(config), '### 1. The stacks');
    expect(stacks).toContain('Pick **one** of these folders');
    for (const target of FAKES) {
      const own = section(stacks, `#### ${target.label} (\`${target.folder}/\`)`);
      const commands = target.steps!.deploy(deployment).flatMap((step) => step.commands);
      const positions = commands.map((command) => own.indexOf(command));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(own).toContain('**deploy origin-region**');
      expect(own).toContain('Note for deploy main.');
      expect(own).toContain(`export DISTRIBUTION_ID="$(${target.folder}-tool output DistributionId)"`);
      expect(own).toContain(
        `export DISTRIBUTION_DOMAIN_NAME="$(${target.folder}-tool output DistributionDomainName)"`,
      );
    }
  });

  it('uploads to the buckets whose names the target’s output command read', () => {
    const readme = withFakes(fixture('s3-static-and-media'));
    expect(readme).toContain('export STATIC_FILES_BUCKET_NAME="$(fake-a-tool output StaticFilesBucketName)"');
    expect(readme).toContain('export MEDIA_FILES_BUCKET_NAME="$(fake-b-tool output MediaFilesBucketName)"');
    const upload = section(readme, '### 3. Upload the files to S3');
    expect(upload).toContain('python manage.py collectstatic --noinput');
    expect(upload).toContain('aws s3 sync "$STATIC_ROOT" "s3://$STATIC_FILES_BUCKET_NAME/static/"');
    expect(upload).toContain('aws s3 sync "$MEDIA_ROOT" "s3://$MEDIA_FILES_BUCKET_NAME/media/"');
    expect(upload).toContain('outputs kept in step 1');
  });

  it('with the registry as it is: each infrastructure target prints its steps, or sends to its folder README', () => {
    const config = fixture('seed');
    const deployment = deploymentFor(config);
    const stacks = section(readmeOf(config), '### 1. The CloudFront stack');
    for (const target of TARGETS.filter((candidate) => candidate.kind === 'infrastructure')) {
      const own = section(stacks, `#### ${target.label} (\`${target.folder}/\`)`);
      if (target.steps === undefined)
        expect(own).toContain(`\`${target.folder}/README.md\` has the commands`);
      else
        for (const step of target.steps.deploy(deployment))
          for (const command of step.commands) expect(own).toContain(command);
    }
  });

  it('makes the origin secret once, in Secrets Manager, and gives Django the same name', () => {
    const config = parseFixture('protected', {
      origin: { type: 'alb', endpoint: 'origin.mybakery.co.uk' },
      originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
    });
    const readme = readmeOf(config);
    expect(readme).toContain(
      'aws secretsmanager create-secret --region us-east-1 --name mysite/cloudfront-origin-verify ' +
        '--secret-string "$(openssl rand -hex 32)"',
    );
    // Made once: the only other random value is the rotation's new one, put into the same secret.
    expect(readme.match(/aws secretsmanager create-secret/g)).toHaveLength(1);
    expect(readme.match(/openssl rand/g)).toHaveLength(2);
    expect(readme).toContain(
      'aws secretsmanager put-secret-value --secret-id mysite/cloudfront-origin-verify',
    );
    const django = section(readme, '### 3. Django settings');
    for (const input of deploymentFor(config).inputs) {
      expect(django).toContain(
        `| \`${input.name}\` | \`mysite/cloudfront-origin-verify\` (${input.from.version}, us-east-1) |`,
      );
      expect(django).toContain(
        `export ${input.name}="$(aws secretsmanager get-secret-value --region us-east-1`,
      );
    }
    expect(django).toContain('Do this after the stacks (step 2)');
    expect(readme).toContain('403 from Django: the request lacks the `X-Origin-Verify` header');
    expect(readmeOf(fixture('seed'))).not.toContain('secretsmanager');
  });

  it('when the stack owns the certificate and DNS, says so and moves the Django settings first', () => {
    const readme = readmeOf(fixture('create-certificate-and-dns'));
    expect(readme).toContain(
      'validates it with DNS records in the hosted zone `example.com` (`Z0123456789ABCDEFGHIJ`)',
    );
    expect(numberedTitles(section(readme, '## Deploy, in this order'))).toEqual([
      'Django settings',
      'The CloudFront stack',
      'DNS',
    ]);
    expect(readme).toContain('the Django settings (step 1) come first');
    expect(readme).toContain(
      '### 3. DNS\n\nDone by the stack: alias records (A, AAAA) for `www.example.com`, `example.com`',
    );
    expect(readme).toContain('deleting the stack deletes them');
    expect(readme).toContain('The certificate the stack created goes with it.');
  });

  it('says which target folders need no step of their own', () => {
    expect(readmeOf(fixture('seed'))).toContain(
      '`cloudfront-function/` (CloudFront Function) has no step of its own',
    );
  });
});

describe('bundle README: the rollback comes from the model', () => {
  it('deletes every stack with each target’s own commands, in reverse order', () => {
    const config = fixture('lambda-oac-other-region');
    const deployment = deploymentFor(config);
    const rollback = section(withFakes(config), '## Roll back');
    for (const target of FAKES) {
      const commands = target.steps!.destroy(deployment).flatMap((step) => step.commands);
      expect(commands).toEqual([
        `${target.folder}-tool destroy mysite-cloudfront-origin-access`,
        `${target.folder}-tool destroy mysite-cloudfront`,
      ]);
      const positions = commands.map((command) => rollback.indexOf(command));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(rollback).toContain(
      'Delete `mysite-cloudfront-origin-access` (eu-west-1), then `mysite-cloudfront` (us-east-1)',
    );
  });

  it('with the secret, Django stops requiring it before DNS moves; the secret goes last', () => {
    const rollback = section(readmeOf(fixture('secret-header')), '## Roll back');
    expect(numberedTitles(rollback)).toEqual(['Django first', 'DNS', 'The stack', 'The origin secret']);
    expect(rollback).toContain(
      'aws secretsmanager delete-secret --region us-east-1 --secret-id mysite/cloudfront-origin-verify',
    );
  });

  it('keeps the buckets until asked, with their names from the kept outputs', () => {
    const rollback = section(readmeOf(fixture('s3-static-and-media')), '## Roll back');
    expect(numberedTitles(rollback)).toEqual([
      'DNS',
      'Django',
      'The stack',
      'The buckets, if you no longer need the files',
    ]);
    expect(rollback).toContain('keep `$STATIC_FILES_BUCKET_NAME`, `$MEDIA_FILES_BUCKET_NAME` set');
    expect(rollback).toContain('aws s3 rb "s3://$STATIC_FILES_BUCKET_NAME" --force');
  });
});

describe('bundle README: summary, files and checks', () => {
  const bakery = parseFixture('bakery', {
    projectName: 'bakery',
    domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
    origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
  });

  it('lists every target that wrote files with its label, summary and files', () => {
    const files = generateAllTargets(deploymentFor(bakery));
    const readme = readmeOf(bakery, files);
    for (const target of TARGETS) {
      const own = files.filter((file) => file.path.startsWith(`${target.folder}/`));
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${target.folder}/\` |`));
      if (own.length === 0) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row).toContain(`${target.label}: ${target.summary}`);
      for (const file of own) expect(row).toContain(`\`${file.path.slice(target.folder.length + 1)}\``);
    }
    const noDjango = readmeOf(
      bakery,
      files.filter((file) => !file.path.startsWith('django/')),
    );
    expect(noDjango).toContain('No Django files were generated in this bundle.');
  });

  it('shows how to check, with curl and a view printing request.get_host(), that each host reaches Django', () => {
    const readme = readmeOf(bakery);
    expect(readme).toContain('request.get_host()');
    expect(readme).toContain('for name in www.mybakery.co.uk mybakery.co.uk; do');
    expect(readme).toContain('curl -sI --resolve "$DOMAIN:443:');
    expect(readme).toContain('aws cloudfront wait distribution-deployed --id "$DISTRIBUTION_ID"');
    expect(readme).toContain("-H 'X-Forwarded-Host: attacker.example'");
    expect(readme).toContain('`curl -sI https://k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com/`');
  });

  it('says who refuses a request that skips CloudFront, and that nothing does without protection', () => {
    expect(readmeOf(bakery)).toContain(
      'but a request that names your domain in `X-Forwarded-Host` reaches Django without CloudFront',
    );
    expect(readmeOf(fixture('forward-host-alb'))).toContain(
      '403 from Django: the request lacks the `X-From-CloudFront` header',
    );
    expect(readmeOf(fixture('lambda-oac-us-east-1'))).toContain('403 from the function URL');
  });

  it('summarises the choices from the model', () => {
    const readme = section(readmeOf(fixture('lambda-oac-other-region')), '## What this bundle sets up');
    expect(readme).toContain(
      '- **Origin:** Lambda function URL at `abcdefghij1234567890.lambda-url.eu-west-1.on.aws`.',
    );
    expect(readme).toContain(
      '- **Stacks:** `mysite-cloudfront` in us-east-1, `mysite-cloudfront-origin-access` in eu-west-1.',
    );
    expect(readme).toContain('**Origin access control:**');
    expect(section(readmeOf(fixture('zero-ttl')), '## What this bundle sets up')).toContain(
      '**Django pages:** not cached (Managed-CachingDisabled)',
    );
  });

  it('lists the settings changed from the defaults', () => {
    const readme = readmeOf(bakery);
    expect(readme).toContain('Settings changed from the wizard’s defaults (4):');
    expect(readme).toMatch(
      /\| (?:[^|]+ \()?`domains\.additional`\)? \| `\[\]` \| `\["mybakery\.co\.uk"\]` \|/,
    );
    expect(readmeOf(fixture('seed'))).toContain('Every setting is at its default');
  });

  it('keeps a hostile comment from breaking the Markdown table', () => {
    const hostile = parseFixture('hostile', { distribution: { comment: 'a | b ``` `x` \\| c' } });
    const lines = readmeOf(hostile).split('\n');
    const header = lines.findIndex((line) => line.startsWith('| Setting |'));
    const row = lines[header + 2] ?? '';
    expect(row).toMatch(/^\| (?:[^|]+ \()?`distribution\.comment`\)? \|/);
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });
});

describe('markdown and shell helpers', () => {
  it('fences inline code longer than any backtick run inside', () => {
    expect(mdInline('a`b')).toBe('``a`b``');
    expect(mdInline('`x`')).toBe('`` `x` ``');
    expect(mdTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });

  it('quotes shell words and text inside double quotes', () => {
    expect(shellWord('mysite/cloudfront-origin-verify')).toBe('mysite/cloudfront-origin-verify');
    expect(shellWord("it's $(x)")).toBe(`'it'\\''s $(x)'`);
    expect(shellInDoubleQuotes('a"$`\\b')).toBe('a\\"\\$\\`\\\\b');
    expect(outputVariable('StaticFilesBucketName')).toBe('STATIC_FILES_BUCKET_NAME');
    expect(outputVariable('DistributionId')).toBe('DISTRIBUTION_ID');
  });

  it('reads no file contents for a README with no files at all', () => {
    const files: GeneratedFile[] = [];
    expect(readmeOf(fixture('seed'), files)).toContain('(none was generated in this bundle)');
  });
});
