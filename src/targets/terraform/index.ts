import type { Deployment } from '../../model';
import type { WrittenText } from '../emit/explained';
import { hclBlocks, type HclItem } from '../emit/hcl-document';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { accessLogBlocks } from './access-logs-tf';
import { bucketBlocks } from './buckets-tf';
import { distributionBlock, originSecretBlock, originSecretVersionVariable } from './distribution-tf';
import { certificateBlocks, dnsRecordBlock } from './dns-tf';
import { lambdaPermissionBlock } from './lambda-permissions-tf';
import { FOLDER, VIEWER_REQUEST_FILE } from './names';
import { outputsTf } from './outputs-tf';
import { privateOriginBlocks } from './private-origin-tf';
import {
  cachePolicyBlock,
  managedPolicyLocals,
  originAccessControlBlock,
  responseHeadersPolicyBlock,
  viewerRequestFunctionBlock,
} from './policies-tf';
import { terraformReadme } from './readme';
import { terraformSteps } from './steps';
import { providersTf, versionsTf } from './versions-tf';
import { webAclBlocks } from './web-acl-tf';

/** main.tf: the distribution and what it references (function, policies, origin access controls, secret). */
function mainTf(deployment: Deployment): WrittenText {
  const groups: HclItem[][] = [managedPolicyLocals(deployment)];
  if (deployment.viewerRequestFunction !== null)
    groups.push(viewerRequestFunctionBlock(deployment.viewerRequestFunction));
  for (const policy of deployment.cachePolicies) groups.push(cachePolicyBlock(policy));
  if (deployment.responseHeadersPolicy !== null)
    groups.push(responseHeadersPolicyBlock(deployment.responseHeadersPolicy));
  for (const control of deployment.originAccessControls) groups.push(originAccessControlBlock(control));
  if (deployment.originSecret !== null) groups.push(originSecretBlock(deployment, deployment.originSecret));
  groups.push(distributionBlock(deployment));
  return hclBlocks(groups);
}

interface TfFile {
  name: string;
  /** What the file holds, for the folder README. */
  purpose: string;
  written: WrittenText;
}

/** The .tf files, the optional ones only when the model has what they hold. */
function tfFiles(deployment: Deployment): TfFile[] {
  const files: TfFile[] = [
    { name: 'versions.tf', purpose: 'the Terraform and provider versions', written: versionsTf(deployment) },
    {
      name: 'providers.tf',
      purpose: 'one `aws` provider per stack, in its region',
      written: providersTf(deployment),
    },
    {
      name: 'main.tf',
      purpose: 'the distribution and its function, policies and origin access controls',
      written: mainTf(deployment),
    },
  ];
  const add = (name: string, purpose: string, groups: HclItem[][]) =>
    files.push({ name, purpose, written: hclBlocks(groups) });
  if (deployment.originSecret !== null)
    add('variables.tf', 'the version id of the origin secret, passed at every plan', [
      originSecretVersionVariable(deployment.originSecret),
    ]);
  if (deployment.buckets.length > 0)
    add('buckets.tf', 'the private S3 buckets and their policies', deployment.buckets.flatMap(bucketBlocks));
  const zone = deployment.hostedZone;
  if (deployment.certificate.kind === 'created') {
    if (zone === null) throw new Error('A DNS-validated certificate needs the hosted zone');
    add(
      'certificate.tf',
      'the ACM certificate and its DNS validation',
      certificateBlocks(deployment.certificate, zone),
    );
  }
  if (deployment.dnsRecords.length > 0) {
    if (zone === null) throw new Error('DNS records need the hosted zone');
    add(
      'dns.tf',
      'the alias records',
      deployment.dnsRecords.map((record) => dnsRecordBlock(record, zone)),
    );
  }
  if (deployment.privateOrigin !== null)
    add(
      'private-origin.tf',
      deployment.privateOrigin.ingress === null
        ? 'the VPC origin to the private load balancer or instance'
        : 'the VPC origin to the private load balancer or instance, and its security group rule from CloudFront’s prefix list',
      privateOriginBlocks(deployment.privateOrigin),
    );
  if (deployment.webAcl?.kind === 'created')
    add(
      'waf.tf',
      'the AWS WAF web ACL: AWS managed rules, large bodies on the named paths only, the login rate limit',
      webAclBlocks(deployment.webAcl),
    );
  if (deployment.accessLogDelivery !== null)
    add(
      'logs.tf',
      'the access logs: standard logging v2 to a CloudWatch Logs group',
      accessLogBlocks(deployment.accessLogDelivery),
    );
  if (deployment.lambdaPermissions.length > 0)
    add(
      'lambda-permissions.tf',
      'CloudFront’s grants on the Lambda function',
      deployment.lambdaPermissions.map(lambdaPermissionBlock),
    );
  files.push({ name: 'outputs.tf', purpose: 'the outputs', written: outputsTf(deployment.outputs) });
  return files;
}

/** What must never be committed: the providers, the state and the saved plan (both can hold the secret). */
const GITIGNORE = ['.terraform/', '*.tfstate', '*.tfstate.*', 'tfplan', ''].join('\n');

function terraformFiles(deployment: Deployment): GeneratedFile[] {
  const tf = tfFiles(deployment);
  const files: GeneratedFile[] = tf.map(({ name, written }) => ({
    path: `${FOLDER}/${name}`,
    language: 'hcl',
    contents: written.text,
    explained: written.explained,
  }));
  const contents: [string, string][] = tf.map(({ name, purpose }) => [name, purpose]);
  const fn = deployment.viewerRequestFunction;
  if (fn !== null) {
    files.push({
      path: `${FOLDER}/${VIEWER_REQUEST_FILE}`,
      language: 'javascript',
      contents: fn.code,
      explained: [],
    });
    contents.push([VIEWER_REQUEST_FILE, 'the CloudFront Function’s code (read by `main.tf`)']);
  }
  files.push({ path: `${FOLDER}/.gitignore`, language: 'plaintext', contents: GITIGNORE, explained: [] });
  contents.push(['.gitignore', 'keeps the providers, the state and the saved plan out of git']);
  files.push({
    path: `${FOLDER}/README.md`,
    language: 'markdown',
    contents: terraformReadme(deployment, contents),
    explained: [],
  });
  return files;
}

export const terraformTarget: Target = {
  id: 'terraform',
  label: targetLabel('terraform'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'A Terraform root module for the hashicorp/aws provider, one provider per stack',
  generate: terraformFiles,
  steps: terraformSteps,
};
