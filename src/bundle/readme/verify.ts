import { allDomains, type Config } from '../../config/schema';
import type { DistributionPlan } from '../../model/legacy-plan';
import type { TargetId } from '../types';
import { cdkCommand, type TargetStepContext } from './deploy-steps';
import { mdBlock, mdInline } from './markdown';

/** The temporary Django view that shows what Django believes about the request. */
export const HOST_CHECK_PATH = 'cloudfront-check/';

const HOST_CHECK_VIEW = `# urls.py (temporary: remove it once the checks pass)
from django.http import JsonResponse
from django.urls import path


def cloudfront_check(request):
    return JsonResponse(
        {"host": request.get_host(), "scheme": request.scheme, "secure": request.is_secure()}
    )


urlpatterns += [path("${HOST_CHECK_PATH}", cloudfront_check)]`;

/** How to check, before and after DNS, that the viewer's host reaches Django through CloudFront. */
export function verifySection(config: Config, plan: DistributionPlan): string {
  const domain = config.domains.primary;
  const origin = `https://${config.origin.endpoint}${config.origin.path}/`;
  const staticBehavior = plan.additionalBehaviors.find(
    (behavior) => behavior.pathPattern === config.staticFiles.pathPattern,
  );
  return [
    '## Verify',
    `Set the names once (the distribution name is an output of the stack):`,
    mdBlock(
      'sh',
      `DOMAIN=${domain}\nDIST=d111111abcdef8.cloudfront.net   # replace with your distribution's domain name`,
    ),
    `**Before changing DNS**, talk to CloudFront under your real name (right TLS name and \`Host\`) without touching DNS:`,
    mdBlock('sh', `curl -sI --resolve "$DOMAIN:443:$(dig +short "$DIST" | tail -n1)" "https://$DOMAIN/"`),
    `**After DNS** (step 4), plainly: ${mdInline('curl -sI "https://$DOMAIN/"')}.`,
    [
      'Expect the status your home page gives (200, or a 302 to a login page), with `via: … (CloudFront)` and',
      '`x-cache: Miss from cloudfront` or `Hit from cloudfront`. Signs of trouble:',
      '- `403` with an `x-amzn-errortype` header: API Gateway or the function URL refused the request, typically',
      '  because it received the viewer’s `Host` instead of its own name',
      '  (https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden lists the other causes).',
      '- `400 Bad Request` from Django: `DisallowedHost`, the host Django sees is not in `ALLOWED_HOSTS`.',
      '- CloudFront’s own error page “The request could not be satisfied” (`x-cache: Error from cloudfront`) or a TLS',
      '  error: the name is not an alternate domain name of this distribution, or the certificate does not cover it.',
    ].join('\n'),
    `**Which host does Django see?** Add this view for a moment and deploy it:`,
    mdBlock('python', HOST_CHECK_VIEW),
    mdBlock(
      'sh',
      [
        `for name in ${allDomains(config).join(' ')}; do`,
        `  curl -s "https://$name/${HOST_CHECK_PATH}"; echo`,
        'done',
        '# a viewer must not be able to choose the host Django believes:',
        `curl -s -H 'X-Forwarded-Host: attacker.example' "https://$DOMAIN/${HOST_CHECK_PATH}"; echo`,
      ].join('\n'),
    ),
    `Each answer must be ${mdInline(`{"host": "<that name>", "scheme": "https", "secure": true}`)}, and the last one ` +
      `must still say ${mdInline(domain)}: never \`attacker.example\`, never the origin’s own name.`,
    `**The origin cannot be used directly:** ${mdInline(`curl -sI ${origin}`)} must be refused ` +
      (plan.originSecretHeader === null
        ? `(Django answers 400 because the origin’s own name is not an allowed host), never serve your pages.`
        : `(403 from Django: the request lacks the ${mdInline(plan.originSecretHeader.name)} header).`),
    staticBehavior === undefined
      ? ''
      : `**Static files are cached:** request a real file twice, e.g. ` +
        `${mdInline(`curl -sI "https://$DOMAIN${config.staticFiles.pathPattern.replace(/\*$/, '')}<file from collectstatic>"`)}; ` +
        `the second answer has \`x-cache: Hit from cloudfront\`.`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

const DESTROY_COMMANDS: Partial<Record<TargetId, (context: TargetStepContext) => string>> = {
  'cdk-typescript': (context) => `cd ${context.target.folder} && ${cdkCommand(context)} destroy --all`,
  'cdk-python': (context) =>
    `cd ${context.target.folder} && . .venv/bin/activate && ${cdkCommand(context)} destroy --all`,
  cloudformation: ({ stackName }) =>
    `aws cloudformation delete-stack --region us-east-1 --stack-name ${stackName}\n` +
    `aws cloudformation wait stack-delete-complete --region us-east-1 --stack-name ${stackName}`,
  terraform: (context) => `cd ${context.target.folder} && terraform destroy`,
};

/** Undoing the deployment: the steps in reverse, DNS first so viewers leave CloudFront before it goes. */
export function rollbackSection(plan: DistributionPlan, iacContexts: TargetStepContext[]): string {
  const destroy = iacContexts
    .map((context) => {
      const command = DESTROY_COMMANDS[context.target.id];
      return command === undefined ? '' : `${context.target.label}:\n\n${mdBlock('sh', command(context))}`;
    })
    .filter((part) => part !== '');
  return [
    '## Roll back',
    'Undo in the reverse order of the deployment:',
    plan.dnsRecords === null
      ? '1. **DNS:** point each name back at its previous target (the records you noted in step 4). Resolvers keep the ' +
        'old answer for up to the record’s TTL.'
      : '1. **DNS:** the stack owns the alias records, and deleting the stack deletes them: first create the previous ' +
        'records again (noted before step 2) if the names must keep working, or accept that they stop resolving.',
    '2. **Django:** redeploy your previous release if the names now reach the app another way again: the settings ' +
      'from this bundle expect requests through CloudFront.',
    '3. **Stack:** delete it with the tool you deployed it with. CloudFront disables the distribution first, which ' +
      'takes several minutes. S3 buckets that still hold files are not deleted until you empty them.' +
      (plan.certificate.kind === 'existing'
        ? ' Your existing certificate is not touched.'
        : ' The certificate the stack created goes with it.'),
    ...destroy,
  ].join('\n\n');
}
