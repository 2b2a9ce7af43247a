import type { Config } from '../../config/schema';
import type { DistributionPlan } from '../../model/legacy-plan';
import type { GeneratedFile, Target, TargetId } from '../types';
import { mdBlock, mdInline } from './markdown';

/** Everything a target's deploy step needs to know: its own files, the plan, and the bundle's names. */
export interface TargetStepContext {
  config: Config;
  plan: DistributionPlan;
  target: Target;
  files: GeneratedFile[];
  stackName: string;
}

/** The shell variable the README asks people to hold the origin secret in. */
export const SECRET_SHELL_VARIABLE = 'ORIGIN_VERIFY_SECRET';

export const IAC_TARGET_IDS: readonly TargetId[] = [
  'cdk-typescript',
  'cdk-python',
  'cloudformation',
  'terraform',
];

const has = (context: TargetStepContext, name: string) =>
  context.files.some((file) => file.path === `${context.target.folder}/${name}`);
const mentions = (context: TargetStepContext, text: string) =>
  context.files.some((file) => file.contents.includes(text));

/** The secret parameter flag for tools that take `Name=value`, when the target's code declares the parameter. */
function secretParameter(context: TargetStepContext): string | null {
  const secret = context.plan.originSecretHeader;
  if (secret === null || !mentions(context, secret.parameterName)) return null;
  return `${secret.parameterName}="$${SECRET_SHELL_VARIABLE}"`;
}

function folderReadmeNote(context: TargetStepContext): string {
  return has(context, 'README.md')
    ? `\n\n${mdInline(`${context.target.folder}/README.md`)} explains each file, the region and the options.`
    : '';
}

/** `npx cdk` when the app pins the CDK CLI in its package.json, else the latest v2 CLI from npm. */
export function cdkCommand(context: TargetStepContext): string {
  const packageJson = context.files.find((file) => file.path === `${context.target.folder}/package.json`);
  return packageJson !== undefined && packageJson.contents.includes('"aws-cdk"')
    ? 'npx cdk'
    : 'npx aws-cdk@2';
}

function cdkSteps(context: TargetStepContext, install: string[]): string {
  const parameter = secretParameter(context);
  const cdk = cdkCommand(context);
  const commands = [
    `cd ${context.target.folder}`,
    ...install,
    `${cdk} bootstrap   # once per account and region (the regions the app deploys to)`,
    `${cdk} diff --all`,
    `${cdk} deploy --all${parameter === null ? '' : ` --parameters ${parameter}`}`,
  ];
  return `${mdBlock('sh', commands.join('\n'))}\n\nThe stack outputs the distribution’s domain name (\`d…cloudfront.net\`): keep it for the checks and DNS.`;
}

/** Terraform variables declared without a default: the ones `terraform apply` asks for. */
export function requiredTerraformVariables(files: GeneratedFile[]): string[] {
  const names: string[] = [];
  for (const file of files.filter((candidate) => candidate.path.endsWith('.tf'))) {
    for (const match of file.contents.matchAll(/^variable\s+"([A-Za-z0-9_-]+)"\s*\{([\s\S]*?)^\}/gm)) {
      if (!/^\s*default\s*=/m.test(match[2] ?? '')) names.push(match[1] ?? '');
    }
  }
  return names.filter((name) => name !== '');
}

const TARGET_STEPS: Record<TargetId, (context: TargetStepContext) => string> = {
  'cloudfront-function': (context) =>
    `Nothing to deploy by hand: every infrastructure folder creates, publishes and attaches this function. ` +
    `The code is here to read and test.${folderReadmeNote(context)}`,
  'cdk-typescript': (context) =>
    cdkSteps(context, has(context, 'package.json') ? ['npm install'] : []) + folderReadmeNote(context),
  'cdk-python': (context) =>
    cdkSteps(
      context,
      has(context, 'requirements.txt')
        ? ['python3 -m venv .venv', '. .venv/bin/activate', 'pip install -r requirements.txt']
        : [],
    ) + folderReadmeNote(context),
  cloudformation: (context) => {
    const templates = context.files.filter(
      (file) => /\.(ya?ml|json)$/.test(file.path) && file.contents.includes('AWSTemplateFormatVersion'),
    );
    // The distribution's template is template.yaml/json; other templates (e.g. a Lambda permission in the
    // function's region) follow the folder README's own steps.
    const template = templates.find((file) => /\/template\.(ya?ml|json)$/.test(file.path)) ?? templates[0];
    if (template === undefined)
      return `Deploy the template in ${mdInline(context.target.folder)}.${folderReadmeNote(context)}`;
    const others = templates.filter((file) => file !== template);
    const othersNote =
      others.length === 0
        ? ''
        : `\n\nThen deploy ${others.map((file) => mdInline(file.path)).join(', ')} as ` +
          `${mdInline(`${context.target.folder}/README.md`)} says (region and parameters differ).`;
    const parameter = secretParameter(context);
    const needsIam = mentions(context, 'AWS::IAM::');
    const command = [
      'aws cloudformation deploy \\',
      '  --region us-east-1 \\',
      `  --stack-name ${context.stackName} \\`,
      `  --template-file ${template.path}${parameter === null && !needsIam ? '' : ' \\'}`,
      ...(parameter === null ? [] : [`  --parameter-overrides ${parameter}${needsIam ? ' \\' : ''}`]),
      ...(needsIam ? ['  --capabilities CAPABILITY_IAM'] : []),
      `aws cloudformation describe-stacks --region us-east-1 --stack-name ${context.stackName} --query 'Stacks[0].Outputs'`,
    ];
    return `${mdBlock('sh', command.join('\n'))}${othersNote}${folderReadmeNote(context)}`;
  },
  terraform: (context) => {
    const variables = requiredTerraformVariables(context.files);
    const secret = context.plan.originSecretHeader;
    const exports = variables.map((name) =>
      secret !== null && /secret|verify/i.test(name)
        ? `export TF_VAR_${name}="$${SECRET_SHELL_VARIABLE}"`
        : `export TF_VAR_${name}=...   # set this variable`,
    );
    const commands = [
      `cd ${context.target.folder}`,
      ...exports,
      'terraform init',
      'terraform plan -out=tfplan',
      'terraform apply tfplan',
      'terraform output',
    ];
    return `${mdBlock('sh', commands.join('\n'))}\n\nKeep the state file safe (or configure a remote backend before \`init\`): it is how Terraform updates and destroys what it created.${folderReadmeNote(context)}`;
  },
  django: (context) => {
    const environment = environmentVariablesRead(context.files);
    const fileList = context.files
      .filter((file) => !file.path.endsWith('/README.md'))
      .map((file) => `- ${mdInline(file.path)}`)
      .join('\n');
    const secretNote =
      context.plan.originSecretHeader === null
        ? ''
        : `Django must get the same origin secret you gave the stack (${mdInline(`$${SECRET_SHELL_VARIABLE}`)}).`;
    return [
      `Add these files to your Django project as described in them${has(context, 'README.md') ? ` and in ${mdInline(`${context.target.folder}/README.md`)}` : ''}, then deploy your app as you usually do:`,
      fileList,
      [
        environment.length === 0
          ? ''
          : `Environment variables the settings read: ${environment.map(mdInline).join(', ')}.`,
        secretNote,
      ]
        .filter((part) => part !== '')
        .join(' '),
    ]
      .filter((part) => part !== '')
      .join('\n\n');
  },
};

/** Environment variables Python files read: `os.environ[...]`/`.get(...)` of a literal or a module constant. */
export function environmentVariablesRead(files: GeneratedFile[]): string[] {
  const names = new Set<string>();
  for (const file of files.filter((candidate) => candidate.path.endsWith('.py'))) {
    const constants = new Map(
      [...file.contents.matchAll(/^([A-Z][A-Z0-9_]*)\s*=\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*$/gm)].map(
        (match) => [match[1] ?? '', match[2] ?? ''],
      ),
    );
    for (const match of file.contents.matchAll(
      /os\.(?:environ(?:\.get)?\s*[[(]|getenv\s*\()\s*(?:["']([A-Za-z_][A-Za-z0-9_]*)["']|([A-Z][A-Z0-9_]*)\b)/g,
    )) {
      const name = match[1] ?? constants.get(match[2] ?? '');
      if (name !== undefined && name !== '') names.add(name);
    }
  }
  return [...names];
}

/** The deploy instructions for one target (a Markdown fragment). */
export function targetSteps(context: TargetStepContext): string {
  return TARGET_STEPS[context.target.id](context);
}
