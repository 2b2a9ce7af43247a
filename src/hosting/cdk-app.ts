import { App } from 'aws-cdk-lib';
import { domainFromContext } from './deploy-context.js';
import { WizardHostingStack } from './wizard-hosting-stack.js';

/**
 * `npx cdk deploy --app "npx tsx src/hosting/cdk-app.ts"` from the repository root, after `npx vite build`.
 * Optional context: `-c domainNames=wizard.example.com -c certificateArn=arn:aws:acm:us-east-1:…`,
 * `-c stackName=…`, `-c siteFolder=…` (default dist).
 */
const app = new App();
const context = (key: string): unknown => app.node.tryGetContext(key);

new WizardHostingStack(app, String(context('stackName') ?? 'CloudFrontDjangoWizardSite'), {
  siteFolder: String(context('siteFolder') ?? 'dist'),
  domain: domainFromContext(context),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
