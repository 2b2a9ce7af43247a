import { App } from 'aws-cdk-lib';
import { WizardHostingStack, type WizardDomain } from './wizard-hosting-stack.js';

/**
 * `npx cdk deploy --app "npx tsx src/hosting/cdk-app.ts"` from the repository root, after `npx vite build`.
 * Optional context for your own name: `-c domainNames=wizard.example.com -c certificateArn=arn:aws:acm:us-east-1:…`.
 */
const app = new App();
const names = String(app.node.tryGetContext('domainNames') ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');
const certificateArn = String(app.node.tryGetContext('certificateArn') ?? '');
if (names.length > 0 !== (certificateArn !== '')) {
  throw new Error(
    'Give both -c domainNames=… and -c certificateArn=… (an ACM certificate in us-east-1), or neither',
  );
}
if (certificateArn !== '' && !certificateArn.startsWith('arn:aws:acm:us-east-1:')) {
  throw new Error(`CloudFront takes certificates from us-east-1 only, not ${certificateArn}`);
}
const domain: WizardDomain | undefined = names.length > 0 ? { names, certificateArn } : undefined;

new WizardHostingStack(app, String(app.node.tryGetContext('stackName') ?? 'CloudFrontDjangoWizardSite'), {
  siteFolder: String(app.node.tryGetContext('siteFolder') ?? 'dist'),
  domain,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
